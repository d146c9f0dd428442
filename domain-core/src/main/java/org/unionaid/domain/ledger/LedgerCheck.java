package org.unionaid.domain.ledger;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-LEDGER-04 — the ledger check trusts nothing it did not post: besides walking the union's chain
 * ({@link ChainVerification}) it recomputes every balance of the union from its postings and compares it with
 * the stored one, sums every entry the union takes part in (R-LEDGER-05), and compares every head of the
 * union's chain that another chain recorded (R-LEDGER-06). A database superuser can switch the triggers off and
 * edit the balance table, insert an entry that does not balance, or cut a chain back and wind its head back
 * with it; each of these is named here, with what is stored and what it should be.
 */
@Service
public class LedgerCheck {

    private final ChainVerification verification;
    private final LedgerReadings readings;
    private final Anchors anchors;
    private final Journal journal;

    public LedgerCheck(ChainVerification verification, LedgerReadings readings, Anchors anchors, Journal journal) {
        this.verification = verification;
        this.readings = readings;
        this.anchors = anchors;
        this.journal = journal;
    }

    @Transactional(readOnly = true)
    public LedgerCheckReport check(long unionId) {
        ChainReport chain = verification.verify(unionId);
        return new LedgerCheckReport(unionId, chain, readings.balanceDiscrepancies(unionId),
                readings.unbalancedEntries(unionId), anchorMismatches(unionId));
    }

    /** R-LEDGER-06 — every head of the union recorded in another union's chain, held against the chain now. */
    List<AnchorMismatch> anchorMismatches(long unionId) {
        List<AnchorMismatch> mismatches = new ArrayList<>();
        for (Anchors.AnchoredHead recorded : anchors.anchorsOf(unionId)) {
            ChainAnchor anchor = recorded.anchor();
            AnchorProblem problem = recorded.found() == null ? AnchorProblem.COUNT_NOT_REACHED
                    : !recorded.found().equals(anchor.hash()) ? AnchorProblem.HASH_DIFFERS
                    : recorded.entryAfter() == null || recorded.entryAfter() != recorded.entryId()
                            ? AnchorProblem.ANCHORING_POSTING_MISSING
                    : !hashesHold(recorded.entryId()) ? AnchorProblem.ANCHOR_ALTERED
                    : null;
            if (problem != null) {
                mismatches.add(new AnchorMismatch(unionId, recorded.entryId(), anchor.seq(), anchor.hash(),
                        recorded.found(), problem));
            }
        }
        return mismatches;
    }

    /**
     * Whether each posting of the entry still hashes to what it stores: an anchor edited in the entry row shows
     * here without walking the other union's whole chain (whose own check finds the break as well).
     */
    private boolean hashesHold(long entryId) {
        return journal.entry(entryId).map(entry -> entry.postings().stream()
                .allMatch(posting -> posting.content().hashAfter(posting.link().prevHash()).equals(posting.link().hash())))
                .orElse(false);
    }
}
