package org.unionaid.domain.ledger;

/** How a union's chain of postings is broken. */
public enum ChainProblem {
    /** A posting's stored hash is not the hash of its content: the row was changed. */
    CONTENT_ALTERED,
    /** A posting does not link to the hash of the posting before it. */
    LINK_BROKEN,
    /** A sequence number is missing: a posting was removed (or its number changed). */
    SEQUENCE_GAP,
    /** The chain ends before its head says it does: postings were removed from its end. */
    TAIL_MISSING,
    /** The chain head's hash is not the last posting's hash. */
    HEAD_MISMATCH
}
