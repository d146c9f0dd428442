package org.unionaid.persistence.hardship;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.hardship.Attachment;
import org.unionaid.domain.hardship.AttachmentKind;
import org.unionaid.domain.hardship.Attachments;
import org.unionaid.domain.hardship.DocumentType;

/** Documents in PostgreSQL; lists read the description columns only, never the bytes. */
@Repository
class JdbcAttachments implements Attachments {

    private static final String DESCRIPTION =
            "select id, file_id, kind, filename, content_type, size_bytes, uploaded_by, uploaded_at from file_attachment ";

    private final JdbcClient jdbc;

    JdbcAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Attachment add(long fileId, AttachmentKind kind, String filename, DocumentType type, byte[] content,
            long uploadedBy) {
        long id = jdbc.sql("select nextval('file_attachment_seq')").query(Long.class).single();
        Instant now = Instant.now();
        jdbc.sql("""
                insert into file_attachment (id, file_id, kind, filename, content_type, size_bytes, sha256, content,
                                             uploaded_by, uploaded_at)
                values (:id, :file, :kind, :filename, :type, :size, :sha256, :content, :by, :at)
                """)
                .param("id", id).param("file", fileId).param("kind", kind.name()).param("filename", filename)
                .param("type", type.contentType()).param("size", content.length).param("sha256", sha256(content))
                .param("content", content).param("by", uploadedBy).param("at", Timestamp.from(now))
                .update();
        return new Attachment(id, fileId, kind, filename, type.contentType(), content.length, uploadedBy, now);
    }

    @Override
    public List<Attachment> of(long fileId) {
        return jdbc.sql(DESCRIPTION + "where file_id = :file order by kind, uploaded_at").param("file", fileId)
                .query(JdbcAttachments::attachment).list();
    }

    @Override
    public Optional<Attachment> find(long attachmentId) {
        return jdbc.sql(DESCRIPTION + "where id = :id").param("id", attachmentId)
                .query(JdbcAttachments::attachment).optional();
    }

    @Override
    public byte[] content(long attachmentId) {
        return jdbc.sql("select content from file_attachment where id = :id").param("id", attachmentId)
                .query(byte[].class).single();
    }

    private static Attachment attachment(ResultSet rs, int row) throws SQLException {
        return new Attachment(rs.getLong("id"), rs.getLong("file_id"), AttachmentKind.valueOf(rs.getString("kind")),
                rs.getString("filename"), rs.getString("content_type"), rs.getInt("size_bytes"),
                rs.getLong("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public Map<Long, Set<AttachmentKind>> kindsOf(Collection<Long> fileIds) {
        Map<Long, Set<AttachmentKind>> kinds = new HashMap<>();
        if (fileIds.isEmpty()) {
            return kinds;
        }
        jdbc.sql("select distinct file_id, kind from file_attachment where file_id = any(:files::bigint[])")
                .param("files", fileIds.toArray(Long[]::new))
                .query(rs -> {
                    kinds.computeIfAbsent(rs.getLong("file_id"), id -> EnumSet.noneOf(AttachmentKind.class))
                            .add(AttachmentKind.valueOf(rs.getString("kind")));
                });
        return kinds;
    }
}
