package org.unionaid.domain.ledger;

import java.util.Objects;

/**
 * A union's chain head as another chain records it (R-LEDGER-06): how many postings the union's chain held
 * and the hash they ended with when the entry was posted. An allocation carries the receiving union's head
 * into the giver's chain, where the receiver cannot rewrite it; a chain that no longer reaches this count
 * with this hash was cut back or rewritten.
 */
public record ChainAnchor(long unionId, long seq, ChainHash hash) {

    public ChainAnchor {
        Objects.requireNonNull(hash, "hash");
        if (seq < 0) {
            throw new IllegalArgumentException("a chain holds no fewer than zero postings: " + seq);
        }
    }

    public static ChainAnchor of(ChainHead head) {
        return new ChainAnchor(head.unionId(), head.lastSeq(), head.lastHash());
    }

    /** As hashed and shown: {@code union:count:hash}. */
    @Override
    public String toString() {
        return unionId + ":" + seq + ":" + hash.hex();
    }
}
