package org.unionaid.persistence.assistance;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.assistance.VisitPhoto;
import org.unionaid.domain.assistance.VisitPhotos;
import org.unionaid.domain.hardship.DocumentType;

/** Visit photos in PostgreSQL; lists read the description columns only, never the bytes. */
@Repository
class JdbcVisitPhotos implements VisitPhotos {

    private static final String DESCRIPTION = "select id, visit_id, filename, content_type, size_bytes from visit_photo ";

    private final JdbcClient jdbc;

    JdbcVisitPhotos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public VisitPhoto add(long visitId, String filename, DocumentType type, byte[] content, long uploadedBy) {
        long id = jdbc.sql("select nextval('visit_photo_seq')").query(Long.class).single();
        jdbc.sql("""
                insert into visit_photo (id, visit_id, filename, content_type, size_bytes, sha256, content,
                                         uploaded_by, uploaded_at)
                values (:id, :visit, :filename, :type, :size, :sha256, :content, :by, :at)
                """)
                .param("id", id).param("visit", visitId).param("filename", filename)
                .param("type", type.contentType()).param("size", content.length).param("sha256", sha256(content))
                .param("content", content).param("by", uploadedBy).param("at", Timestamp.from(Instant.now()))
                .update();
        return new VisitPhoto(id, visitId, filename, type.contentType(), content.length);
    }

    @Override
    public Map<Long, List<VisitPhoto>> ofVisits(Collection<Long> visitIds) {
        if (visitIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(DESCRIPTION + "where visit_id in (:visits) order by visit_id, id").param("visits", visitIds)
                .query(JdbcVisitPhotos::photo).list().stream()
                .collect(Collectors.groupingBy(VisitPhoto::visitId, LinkedHashMap::new, Collectors.toList()));
    }

    @Override
    public Optional<VisitPhoto> find(long photoId) {
        return jdbc.sql(DESCRIPTION + "where id = :id").param("id", photoId).query(JdbcVisitPhotos::photo).optional();
    }

    @Override
    public byte[] content(long photoId) {
        return jdbc.sql("select content from visit_photo where id = :id").param("id", photoId)
                .query(byte[].class).single();
    }

    private static VisitPhoto photo(ResultSet rs, int row) throws SQLException {
        return new VisitPhoto(rs.getLong("id"), rs.getLong("visit_id"), rs.getString("filename"),
                rs.getString("content_type"), rs.getInt("size_bytes"));
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
