package org.unionaid.domain.ledger;

import java.time.Instant;

import org.unionaid.domain.money.Money;

/** A stored line of the ledger: one link of its union's chain. */
public record Posting(long id, ChainLink link) {

    public PostingContent content() {
        return link.content();
    }

    public long chainSeq() {
        return content().chainSeq();
    }

    public long entryId() {
        return content().entryId();
    }

    public LedgerAccount account() {
        return content().account();
    }

    public Money amount() {
        return content().amount();
    }

    public EntryHeader entry() {
        return content().entry();
    }

    public Instant postedAt() {
        return content().postedAt();
    }
}
