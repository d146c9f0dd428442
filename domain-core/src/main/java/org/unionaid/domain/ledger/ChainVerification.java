package org.unionaid.domain.ledger;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-LEDGER-02 — proves that nothing in a union's ledger was changed or removed: walks its postings in chain
 * order a page at a time, recomputes each hash with {@link PostingContent#hashAfter} — the same
 * code that wrote it — and stops at the first break.
 */
@Service
public class ChainVerification {

    /** Postings held in memory at once, whatever the length of the chain. */
    private static final int PAGE = 5_000;

    private final Chains chains;
    private final int pageSize;

    @Autowired
    public ChainVerification(Chains chains) {
        this(chains, PAGE);
    }

    ChainVerification(Chains chains, int pageSize) {
        this.chains = chains;
        this.pageSize = pageSize;
    }

    @Transactional(readOnly = true)
    public ChainReport verify(long unionId) {
        // The head is read first: postings appended while we walk lie beyond it and are left alone.
        ChainHead head = chains.head(unionId).orElse(ChainHead.empty(unionId));
        ChainHead reached = ChainHead.empty(unionId);
        List<Posting> page;
        do {
            page = chains.page(unionId, reached.lastSeq(), head.lastSeq(), pageSize);
            for (Posting posting : page) {
                ChainBreak broken = check(reached, posting);
                if (broken != null) {
                    return new ChainReport(unionId, reached.lastSeq(), reached.lastHash(), broken);
                }
                reached = reached.after(posting.link());
            }
        } while (page.size() == pageSize);
        return new ChainReport(unionId, reached.lastSeq(), reached.lastHash(), checkEnd(head, reached));
    }

    private static ChainBreak check(ChainHead reached, Posting posting) {
        long expectedSeq = reached.lastSeq() + 1;
        ChainLink link = posting.link();
        if (posting.chainSeq() != expectedSeq) {
            return new ChainBreak(expectedSeq, posting.id(), ChainProblem.SEQUENCE_GAP,
                    String.valueOf(posting.chainSeq()), String.valueOf(expectedSeq));
        }
        if (!link.prevHash().equals(reached.lastHash())) {
            return new ChainBreak(expectedSeq, posting.id(), ChainProblem.LINK_BROKEN, link.prevHash().hex(),
                    reached.lastHash().hex());
        }
        ChainHash recomputed = posting.content().hashAfter(link.prevHash());
        if (!recomputed.equals(link.hash())) {
            return new ChainBreak(expectedSeq, posting.id(), ChainProblem.CONTENT_ALTERED, link.hash().hex(),
                    recomputed.hex());
        }
        return null;
    }

    private static ChainBreak checkEnd(ChainHead head, ChainHead reached) {
        if (reached.lastSeq() < head.lastSeq()) {
            return new ChainBreak(reached.lastSeq() + 1, null, ChainProblem.TAIL_MISSING, null,
                    String.valueOf(head.lastSeq()));
        }
        if (!reached.lastHash().equals(head.lastHash())) {
            return new ChainBreak(head.lastSeq(), null, ChainProblem.HEAD_MISMATCH, head.lastHash().hex(),
                    reached.lastHash().hex());
        }
        return null;
    }
}
