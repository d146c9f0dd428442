package org.unionaid.domain.ledger;

/** Where a union's chain ends: the last sequence number given and its hash (0 and genesis when empty). */
public record ChainHead(long unionId, long lastSeq, ChainHash lastHash) {

    public static ChainHead empty(long unionId) {
        return new ChainHead(unionId, 0, ChainHash.GENESIS);
    }

    /** The head after {@code link} was appended to this chain. */
    public ChainHead after(ChainLink link) {
        if (link.content().chainSeq() != lastSeq + 1 || !link.prevHash().equals(lastHash)) {
            throw new IllegalArgumentException("link does not follow the head of union " + unionId);
        }
        return new ChainHead(unionId, lastSeq + 1, link.hash());
    }
}
