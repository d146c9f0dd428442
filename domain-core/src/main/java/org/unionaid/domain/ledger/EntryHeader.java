package org.unionaid.domain.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * What an entry says besides its lines: the movement, its document, who posted it and when.
 *
 * @param reversesEntryId the entry this one reverses (only for {@link EntryKind#REVERSAL})
 * @param postedAt        exact to the microsecond, as PostgreSQL stores it, so the hashed time is the stored time
 * @param anchor          another union's chain head this entry records (an allocation's receiver), if any
 */
public record EntryHeader(EntryKind kind, DocumentRef document, Long campaignId, String memo, Long reversesEntryId,
        Instant postedAt, long postedBy, ChainAnchor anchor) {

    public EntryHeader {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(postedAt, "postedAt");
        if (postedAt.getNano() % 1000 != 0) {
            throw new IllegalArgumentException("posting times are exact to the microsecond: " + postedAt);
        }
        if ((kind == EntryKind.REVERSAL) != (reversesEntryId != null)) {
            throw new IllegalArgumentException("a reversal, and only a reversal, cites the entry it reverses");
        }
    }

    /** An entry that anchors no other chain. */
    public EntryHeader(EntryKind kind, DocumentRef document, Long campaignId, String memo, Long reversesEntryId,
            Instant postedAt, long postedBy) {
        this(kind, document, campaignId, memo, reversesEntryId, postedAt, postedBy, null);
    }
}
