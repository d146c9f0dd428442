package org.unionaid.domain.ledger;

/** How a union's chain fails a head recorded outside it (R-LEDGER-06, R-LEDGER-07). */
public enum AnchorProblem {
    /** The chain no longer holds as many postings as were recorded: its newest postings were removed. */
    COUNT_NOT_REACHED,
    /** The chain holds the recorded count, but its hash there differs: it was rewritten up to that point. */
    HASH_DIFFERS,
    /** The anchoring allocation's own posting is no longer right after the recorded head. */
    ANCHORING_POSTING_MISSING,
    /** The anchoring entry's postings no longer hash to what they store: the anchor itself was edited. */
    ANCHOR_ALTERED
}
