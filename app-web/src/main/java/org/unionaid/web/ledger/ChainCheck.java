package org.unionaid.web.ledger;

import java.io.Serializable;

import org.unionaid.domain.ledger.ChainBreak;
import org.unionaid.domain.ledger.ChainProblem;
import org.unionaid.domain.ledger.ChainReport;

/**
 * A chain verification's result carried to the ledger page after the redirect (a flash attribute,
 * so plain values only).
 *
 * @param headHash the hash the proved postings end with, in hex
 * @param chainSeq where the chain fails; the other fields of the break are {@code null} when it is intact
 */
record ChainCheck(long unionId, long postingsVerified, String headHash, Long chainSeq, Long postingId,
        ChainProblem problem, String stored, String expected) implements Serializable {

    static ChainCheck of(ChainReport report) {
        ChainBreak broken = report.firstBreak();
        return broken == null
                ? new ChainCheck(report.unionId(), report.postingsVerified(), report.headHash().hex(), null, null, null,
                        null, null)
                : new ChainCheck(report.unionId(), report.postingsVerified(), report.headHash().hex(), broken.chainSeq(),
                        broken.postingId(), broken.problem(), broken.stored(), broken.expected());
    }

    public boolean intact() {
        return problem == null;
    }
}
