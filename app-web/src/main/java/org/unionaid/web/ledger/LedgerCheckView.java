package org.unionaid.web.ledger;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.AnchorMismatch;
import org.unionaid.domain.ledger.AnchorProblem;
import org.unionaid.domain.ledger.ChainBreak;
import org.unionaid.domain.ledger.ChainProblem;
import org.unionaid.domain.ledger.ChainReport;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.LedgerCheckReport;
import org.unionaid.web.shared.DisplayFormats;

/**
 * A ledger check's result carried to the ledger page after the redirect (a flash attribute, so plain values
 * only): the chain walk, and each balance, entry and anchored head that does not agree, with amounts as the
 * ledger prints them.
 *
 * @param headHash the hash the proved postings end with, in hex
 * @param chainSeq where the chain fails; the other fields of the break are {@code null} when it is intact
 */
record LedgerCheckView(long unionId, String unionName, long postingsVerified, String headHash, Long chainSeq,
        Long postingId, ChainProblem problem, String stored, String expected, List<BalanceLine> balances,
        List<EntryLine> entries, List<AnchorLine> anchors) implements Serializable {

    private static final DisplayFormats FORMATS = new DisplayFormats();

    /**
     * A balance the postings do not add up to: stored, and recomputed from the postings.
     *
     * @param campaign the campaign's name, {@code null} for money of no campaign
     */
    record BalanceLine(AccountKind kind, FundSource source, FundPurpose purpose, String campaign, String stored,
            String recomputed) implements Serializable {
    }

    /** An entry whose postings do not sum to zero (or are fewer than two). */
    record EntryLine(long entryId, int postings, String sum) implements Serializable {
    }

    /**
     * A recorded head the chain no longer matches.
     *
     * @param entryId the entry of the parent's chain that recorded it; {@code null} for a checkpoint file
     * @param found   the chain's hash at the recorded count now, {@code null} when the chain is shorter
     */
    record AnchorLine(long unionId, String unionName, Long entryId, long anchoredSeq, String anchoredHash,
            String found, AnchorProblem problem) implements Serializable {

        static AnchorLine of(AnchorMismatch mismatch, String unionName) {
            return new AnchorLine(mismatch.unionId(), unionName, mismatch.entryId(), mismatch.anchoredSeq(),
                    mismatch.anchoredHash().hex(), mismatch.found() == null ? null : mismatch.found().hex(),
                    mismatch.problem());
        }
    }

    static LedgerCheckView of(LedgerCheckReport report, String unionName, Map<Long, String> campaignNames) {
        ChainReport chain = report.chain();
        ChainBreak broken = chain.firstBreak();
        List<BalanceLine> balances = report.balances().stream()
                .map(d -> new BalanceLine(d.account().kind(), d.account().source(), d.account().purpose(),
                        d.account().campaignId() == null ? null
                                : campaignNames.getOrDefault(d.account().campaignId(), "#" + d.account().campaignId()),
                        FORMATS.amount(d.maintained()), FORMATS.amount(d.posted())))
                .toList();
        List<EntryLine> entries = report.entries().stream()
                .map(e -> new EntryLine(e.entryId(), e.postings(), FORMATS.amount(e.sum()))).toList();
        List<AnchorLine> anchors = report.anchors().stream().map(a -> AnchorLine.of(a, unionName)).toList();
        return new LedgerCheckView(report.unionId(), unionName, chain.postingsVerified(), chain.headHash().hex(),
                broken == null ? null : broken.chainSeq(), broken == null ? null : broken.postingId(),
                broken == null ? null : broken.problem(), broken == null ? null : broken.stored(),
                broken == null ? null : broken.expected(), balances, entries, anchors);
    }

    /** The chain itself walked without a break. */
    public boolean intact() {
        return problem == null;
    }

    /** Chain, balances, entries and anchored heads all agree: only then does the page say 验证通过. */
    public boolean passed() {
        return intact() && balances.isEmpty() && entries.isEmpty() && anchors.isEmpty();
    }
}
