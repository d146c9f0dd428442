package org.unionaid.domain.ledger;

/**
 * A recorded chain head the union's chain no longer matches.
 *
 * @param entryId     the entry (in the parent's chain) that recorded it; {@code null} for a checkpoint file
 * @param anchoredSeq the recorded number of postings
 * @param found       the chain's hash after that many postings now, {@code null} when it is shorter
 */
public record AnchorMismatch(long unionId, Long entryId, long anchoredSeq, ChainHash anchoredHash, ChainHash found,
        AnchorProblem problem) {
}
