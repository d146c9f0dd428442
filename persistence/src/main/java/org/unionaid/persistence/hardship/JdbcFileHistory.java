package org.unionaid.persistence.hardship;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.hardship.FieldChange;
import org.unionaid.domain.hardship.FileEvent;
import org.unionaid.domain.hardship.FileHistory;

/**
 * File history as inserts into {@code file_history} and its {@code file_history_change} rows, which
 * PostgreSQL keeps append-only.
 */
@Repository
class JdbcFileHistory implements FileHistory {

    private final JdbcClient jdbc;

    JdbcFileHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Entry entry) {
        long historyId = jdbc.sql("""
                insert into file_history (file_id, occurred_at, actor_id, actor_name, action, reason)
                values (:file, :at, :actor, :name, :event, :reason)
                returning id
                """)
                .param("file", entry.fileId())
                .param("at", Timestamp.from(entry.occurredAt()))
                .param("actor", entry.actorId())
                .param("name", entry.actorName())
                .param("event", entry.event().name())
                .param("reason", entry.reason())
                .query(Long.class).single();
        List<FieldChange> changes = entry.changes();
        for (int i = 0; i < changes.size(); i++) {
            FieldChange change = changes.get(i);
            jdbc.sql("""
                    insert into file_history_change (history_id, position, field, before_value, after_value)
                    values (:history, :position, :field, :before, :after)
                    """)
                    .param("history", historyId)
                    .param("position", i)
                    .param("field", change.field())
                    .param("before", change.before())
                    .param("after", change.after())
                    .update();
        }
    }

    @Override
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Entry first = entries.get(0);
        if (entries.stream().allMatch(entry -> entry.changes().isEmpty() && entry.actorId() == first.actorId()
                && entry.event() == first.event() && entry.occurredAt().equals(first.occurredAt()))) {
            // One event of one actor at one instant for many files (an import): the rows are made by
            // PostgreSQL from two arrays, the identity gives the ids.
            jdbc.sql("""
                    insert into file_history (file_id, occurred_at, actor_id, actor_name, action, reason)
                    select f.file_id, :at, :actor, :name, :event, f.reason
                      from unnest(:files, :reasons) as f(file_id, reason)
                    """)
                    .param("files", entries.stream().map(Entry::fileId).toArray(Long[]::new))
                    .param("reasons", entries.stream().map(Entry::reason).toArray(String[]::new))
                    .param("at", Timestamp.from(first.occurredAt())).param("actor", first.actorId())
                    .param("name", first.actorName()).param("event", first.event().name())
                    .update();
            return;
        }
        // Anything else is rare: one entry at a time.
        entries.forEach(this::record);
    }

    @Override
    public List<Entry> of(long fileId) {
        Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
        jdbc.sql("""
                select c.history_id, c.field, c.before_value, c.after_value
                  from file_history_change c join file_history h on h.id = c.history_id
                 where h.file_id = :file order by c.history_id, c.position
                """)
                .param("file", fileId)
                .query(rs -> {
                    changes.computeIfAbsent(rs.getLong("history_id"), id -> new ArrayList<>())
                            .add(new FieldChange(rs.getString("field"), rs.getString("before_value"),
                                    rs.getString("after_value")));
                });
        return jdbc.sql("""
                select id, file_id, occurred_at, actor_id, actor_name, action, reason
                  from file_history where file_id = :file order by occurred_at desc, id desc
                """)
                .param("file", fileId)
                .query((rs, row) -> new Entry(rs.getLong("file_id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getLong("actor_id"), rs.getString("actor_name"), FileEvent.valueOf(rs.getString("action")),
                        changes.getOrDefault(rs.getLong("id"), List.of()), rs.getString("reason")))
                .list();
    }

    @Override
    public Map<Long, Set<Long>> actorsOf(Collection<Long> fileIds, Set<FileEvent> events) {
        Map<Long, Set<Long>> actors = new HashMap<>();
        if (fileIds.isEmpty()) {
            return actors;
        }
        jdbc.sql("""
                select distinct file_id, actor_id from file_history
                 where file_id = any(:files::bigint[]) and action = any(:events::text[])
                """).param("files", fileIds.toArray(Long[]::new))
                .param("events", events.stream().map(Enum::name).toArray(String[]::new))
                .query(rs -> {
                    actors.computeIfAbsent(rs.getLong("file_id"), id -> new HashSet<>()).add(rs.getLong("actor_id"));
                });
        return actors;
    }
}
