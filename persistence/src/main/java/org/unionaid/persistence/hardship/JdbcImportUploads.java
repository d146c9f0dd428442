package org.unionaid.persistence.hardship;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.hardship.ImportUploads;

/** Import uploads in {@code file_import_upload}. */
@Repository
class JdbcImportUploads implements ImportUploads {

    private final JdbcClient jdbc;

    JdbcImportUploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long add(long uploadedBy, String filename, byte[] content, Instant uploadedAt) {
        return jdbc.sql("""
                insert into file_import_upload (id, uploaded_by, filename, content, uploaded_at)
                values (nextval('file_import_upload_seq'), :user, :filename, :content, :at)
                returning id
                """)
                .param("user", uploadedBy).param("filename", filename).param("content", content)
                .param("at", Timestamp.from(uploadedAt))
                .query(Long.class).single();
    }

    @Override
    public Optional<Upload> find(long id) {
        return jdbc.sql("""
                select id, uploaded_by, filename, content, uploaded_at, committed_files
                  from file_import_upload where id = :id
                """)
                .param("id", id)
                .query((rs, row) -> new Upload(rs.getLong("id"), rs.getLong("uploaded_by"), rs.getString("filename"),
                        rs.getBytes("content"), rs.getTimestamp("uploaded_at").toInstant(),
                        (Integer) rs.getObject("committed_files")))
                .optional();
    }

    @Override
    public boolean markCommitted(long id, int files, Instant committedAt) {
        // The condition makes a second commit of the same upload change nothing.
        return jdbc.sql("""
                update file_import_upload set committed_files = :files, committed_at = :at
                 where id = :id and committed_at is null
                """)
                .param("id", id).param("files", files).param("at", Timestamp.from(committedAt))
                .update() == 1;
    }
}
