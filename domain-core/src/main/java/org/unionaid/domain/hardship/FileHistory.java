package org.unionaid.domain.hardship;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The append-only history of each file, shown as its timeline. Implemented in persistence. */
public interface FileHistory {

    /** One change: who, when, what changed (old → new, no clear ID or card numbers) and why. */
    record Entry(long fileId, Instant occurredAt, long actorId, String actorName, FileEvent event,
            List<FieldChange> changes, String reason) {

        public Entry {
            changes = List.copyOf(changes);
        }

        /** Whether the card money is paid to changed: the timeline highlights these entries. */
        public boolean touchesBankAccount() {
            return changes.stream().anyMatch(FieldChange::bankAccount);
        }
    }

    void record(Entry entry);

    /** Records many entries at once (an import), in one round of batched statements. */
    void recordAll(List<Entry> entries);

    /** The file's entries, newest first. */
    List<Entry> of(long fileId);

    /** For each of these files, the users who took part in it through one of {@code events}. */
    Map<Long, Set<Long>> actorsOf(Collection<Long> fileIds, Set<FileEvent> events);
}
