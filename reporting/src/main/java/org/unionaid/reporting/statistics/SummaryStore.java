package org.unionaid.reporting.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The written summaries of V48: the draft of each union and period, and the documents uploaded for it. */
@Repository
class SummaryStore {

    private final JdbcClient jdbc;

    SummaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The draft summary of a union for a period, none when nothing was written yet. */
    Optional<WrittenSummary> draft(long periodId, long unionId) {
        return jdbc.sql("""
                select s.text, d.id as document_id, d.filename, d.size_bytes, d.sha256
                  from report_summary s left join report_summary_document d on d.id = s.document_id
                 where s.period_id = :period and s.organisation_id = :union
                """).param("period", periodId).param("union", unionId)
                .query((rs, n) -> new WrittenSummary(rs.getString("text"), rs.getObject("document_id", Long.class),
                        rs.getString("filename"), rs.getObject("size_bytes", Integer.class),
                        rs.getString("sha256"))).optional();
    }

    /** Saves the draft's text, keeping its document. */
    void saveText(long periodId, long unionId, String text, long userId, Instant now) {
        jdbc.sql("""
                insert into report_summary (period_id, organisation_id, text, updated_by, updated_at)
                values (:period, :union, :text, :user, :now)
                on conflict (period_id, organisation_id) do update
                   set text = excluded.text, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """).param("period", periodId).param("union", unionId).param("text", text).param("user", userId)
                .param("now", Timestamp.from(now)).update();
    }

    /** Keeps an uploaded document (never changed afterwards) and makes it the draft's. */
    long addDocument(long periodId, long unionId, String filename, String contentType, byte[] content, String sha256,
            long userId, Instant now) {
        long id = jdbc.sql("select nextval('report_summary_document_seq')").query(Long.class).single();
        jdbc.sql("""
                insert into report_summary_document (id, period_id, organisation_id, filename, content_type, content,
                                                     size_bytes, sha256, uploaded_by, uploaded_at)
                values (:id, :period, :union, :filename, :type, :content, :size, :sha, :user, :now)
                """).param("id", id).param("period", periodId).param("union", unionId).param("filename", filename)
                .param("type", contentType).param("content", content).param("size", content.length)
                .param("sha", sha256).param("user", userId).param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                insert into report_summary (period_id, organisation_id, document_id, updated_by, updated_at)
                values (:period, :union, :document, :user, :now)
                on conflict (period_id, organisation_id) do update
                   set document_id = excluded.document_id, updated_by = excluded.updated_by,
                       updated_at = excluded.updated_at
                """).param("period", periodId).param("union", unionId).param("document", id).param("user", userId)
                .param("now", Timestamp.from(now)).update();
        return id;
    }

    Optional<SummaryDocument> document(long documentId) {
        return jdbc.sql("""
                select id, period_id, organisation_id, filename, content_type, content
                  from report_summary_document where id = :id
                """).param("id", documentId).query((rs, n) -> new SummaryDocument(rs.getLong("id"), rs.getLong("period_id"),
                        rs.getLong("organisation_id"), rs.getString("filename"), rs.getString("content_type"),
                        rs.getBytes("content"))).optional();
    }
}
