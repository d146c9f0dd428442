package org.unionaid.persistence.hardship;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.hardship.FileEvent;
import org.unionaid.domain.hardship.FileHistory;

/** File history as inserts into {@code file_history}, which PostgreSQL keeps append-only. */
@Repository
class JdbcFileHistory implements FileHistory {

    private final JdbcClient jdbc;

    JdbcFileHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Entry entry) {
        jdbc.sql("""
                insert into file_history (file_id, occurred_at, actor_id, actor_name, action, changes, reason)
                values (:file, :at, :actor, :name, :event, :changes, :reason)
                """)
                .param("file", entry.fileId())
                .param("at", Timestamp.from(entry.occurredAt()))
                .param("actor", entry.actorId())
                .param("name", entry.actorName())
                .param("event", entry.event().name())
                .param("changes", entry.changes())
                .param("reason", entry.reason())
                .update();
    }

    @Override
    public List<Entry> of(long fileId) {
        return jdbc.sql("""
                select file_id, occurred_at, actor_id, actor_name, action, changes, reason
                  from file_history where file_id = :file order by occurred_at desc, id desc
                """)
                .param("file", fileId)
                .query((rs, row) -> new Entry(rs.getLong("file_id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getLong("actor_id"), rs.getString("actor_name"), FileEvent.valueOf(rs.getString("action")),
                        rs.getString("changes"), rs.getString("reason")))
                .list();
    }
}
