package org.unionaid.persistence.disbursement;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.disbursement.Handovers;
import org.unionaid.domain.hardship.DocumentType;

/** Handovers and roster scans in PostgreSQL; a line turns PAID only from PENDING, so it is paid once. */
@Repository
class JdbcHandovers implements Handovers {

    private final JdbcClient jdbc;

    JdbcHandovers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean markHandedOver(Handed handed) {
        int paid = jdbc.sql("update disbursement_line set status = 'PAID' where id = :id and status = 'PENDING'")
                .param("id", handed.lineId()).update();
        if (paid == 0) {
            return false;
        }
        // R-HAND-01, R-HAND-02: the row's trigger checks the visit and the signed roster again (V42).
        jdbc.sql("""
                insert into disbursement_handover (line_id, visit_id, handed_by, handed_on, note, entry_id, recorded_by,
                                                   recorded_at)
                values (:line, :visit, :by, :on, :note, :entry, :recordedBy, :at)
                """).param("line", handed.lineId()).param("visit", handed.visitId()).param("by", handed.handedBy())
                .param("on", handed.handedOn()).param("note", handed.note()).param("entry", handed.entryId())
                .param("recordedBy", handed.recordedBy()).param("at", Timestamp.from(handed.recordedAt())).update();
        return true;
    }

    @Override
    public Scan addScan(long batchId, String filename, DocumentType type, byte[] content, long uploadedBy,
            Instant uploadedAt) {
        long id = jdbc.sql("select nextval('batch_scan_seq')").query(Long.class).single();
        jdbc.sql("""
                insert into batch_scan (id, batch_id, filename, content_type, size_bytes, sha256, content, uploaded_by,
                                        uploaded_at)
                values (:id, :batch, :filename, :type, :size, :sha256, :content, :by, :at)
                """).param("id", id).param("batch", batchId).param("filename", filename)
                .param("type", type.contentType()).param("size", content.length).param("sha256", sha256(content))
                .param("content", content).param("by", uploadedBy).param("at", Timestamp.from(uploadedAt)).update();
        return new Scan(id, batchId, filename, type.contentType(), content.length, uploadedAt);
    }

    @Override
    public List<Scan> scans(long batchId) {
        return jdbc.sql("select id, batch_id, filename, content_type, size_bytes, uploaded_at from batch_scan where batch_id = :b"
                + " order by id").param("b", batchId).query(JdbcHandovers::scan).list();
    }

    @Override
    public Optional<Scan> scan(long scanId) {
        return jdbc.sql("select id, batch_id, filename, content_type, size_bytes, uploaded_at from batch_scan where id = :id")
                .param("id", scanId).query(JdbcHandovers::scan).optional();
    }

    @Override
    public byte[] scanContent(long scanId) {
        return jdbc.sql("select content from batch_scan where id = :id").param("id", scanId).query(byte[].class).single();
    }

    private static Scan scan(ResultSet rs, int row) throws SQLException {
        return new Scan(rs.getLong("id"), rs.getLong("batch_id"), rs.getString("filename"),
                rs.getString("content_type"), rs.getInt("size_bytes"), rs.getTimestamp("uploaded_at").toInstant());
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
