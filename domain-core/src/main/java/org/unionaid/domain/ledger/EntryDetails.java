package org.unionaid.domain.ledger;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.unionaid.domain.organisation.Organisation;

/**
 * An entry as its drill-down page shows it: the entry with every line, the unions of its lines, who
 * posted it, its campaign, and the entry that reversed it.
 *
 * @param unions       the union of each line, by id
 * @param reachable    the ids of those unions within the reader's subtree (their ledgers can be opened)
 * @param campaignName the campaign's name, when the entry belongs to one
 * @param reversedBy   the entry reversing this one, if it was reversed
 */
public record EntryDetails(JournalEntry entry, Map<Long, Organisation> unions, Set<Long> reachable,
        String postedByName, String campaignName, Long reversedBy) {

    public EntryDetails {
        unions = Map.copyOf(unions);
        reachable = Set.copyOf(reachable);
    }

    public EntryHeader header() {
        return entry.header();
    }

    public Optional<Long> reverses() {
        return Optional.ofNullable(entry.header().reversesEntryId());
    }
}
