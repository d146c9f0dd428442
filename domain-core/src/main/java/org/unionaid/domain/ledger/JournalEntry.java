package org.unionaid.domain.ledger;

import java.util.List;

/** A posted movement with its postings, as the ledger holds it forever. */
public record JournalEntry(long id, EntryHeader header, List<Posting> postings) {

    public JournalEntry {
        postings = List.copyOf(postings);
    }

    public EntryKind kind() {
        return header.kind();
    }

    public List<JournalLine> lines() {
        return postings.stream().map(posting -> new JournalLine(posting.account(), posting.amount())).toList();
    }
}
