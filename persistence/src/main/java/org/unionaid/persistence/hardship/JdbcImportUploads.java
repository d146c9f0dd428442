package org.unionaid.persistence.hardship;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.hardship.ImportProblem;
import org.unionaid.domain.hardship.ImportUploads;
import org.unionaid.domain.hardship.UploadRetention;

/**
 * Import uploads in {@code file_import_upload}, their content sealed by the use case (the table refuses a
 * spreadsheet in clear, V52), and the reports of refused ones in {@code file_import_problem} (R-PRIV-02).
 */
@Repository
class JdbcImportUploads implements ImportUploads {

    /** The longest argument a kept problem names (a union's name, a code typed into a cell). */
    private static final int ARGUMENT = 200;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcImportUploads(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public long add(long uploadedBy, String filename, byte[] sealedContent, Instant uploadedAt) {
        return jdbc.sql("""
                insert into file_import_upload (id, uploaded_by, filename, content, uploaded_at)
                values (nextval('file_import_upload_seq'), :user, :filename, :content, :at)
                returning id
                """)
                .param("user", uploadedBy).param("filename", filename).param("content", sealedContent)
                .param("at", Timestamp.from(uploadedAt))
                .query(Long.class).single();
    }

    @Override
    public Optional<Upload> find(long id) {
        return jdbc.sql("""
                select id, uploaded_by, filename, content, uploaded_at, committed_files, erased_at, erased_because,
                       checked_rows
                  from file_import_upload where id = :id
                """)
                .param("id", id)
                .query((rs, row) -> new Upload(rs.getLong("id"), rs.getLong("uploaded_by"), rs.getString("filename"),
                        rs.getBytes("content"), rs.getTimestamp("uploaded_at").toInstant(),
                        (Integer) rs.getObject("committed_files"), instant(rs, "erased_at"),
                        rs.getString("erased_because") == null ? null
                                : UploadRetention.Reason.valueOf(rs.getString("erased_because")),
                        (Integer) rs.getObject("checked_rows")))
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

    @Override
    public boolean erase(long id, UploadRetention.Reason reason, Instant at) {
        return jdbc.sql("""
                update file_import_upload set content = null, erased_at = :at, erased_because = :reason
                 where id = :id and erased_at is null
                """)
                .param("id", id).param("reason", reason.name()).param("at", Timestamp.from(at))
                .update() == 1;
    }

    @Override
    public void keepReport(long id, int rows, List<ImportProblem> problems) {
        jdbc.sql("update file_import_upload set checked_rows = :rows where id = :id")
                .param("id", id).param("rows", rows).update();
        template.batchUpdate("""
                insert into file_import_problem (upload_id, position, row_number, field, message_key, arguments)
                values (?, ?, ?, ?, ?, ?)
                """, IntStream.range(0, problems.size()).boxed().toList(), 1000, (statement, position) -> {
                    ImportProblem problem = problems.get(position);
                    statement.setLong(1, id);
                    statement.setInt(2, position);
                    statement.setInt(3, Math.max(0, problem.row()));
                    statement.setString(4, problem.field() == null ? null : cut(problem.field(), 64));
                    statement.setString(5, cut(problem.messageKey(), 100));
                    statement.setArray(6, statement.getConnection().createArrayOf("varchar",
                            problem.args().stream().map(arg -> cut(String.valueOf(arg), ARGUMENT)).toArray()));
                });
    }

    @Override
    public List<ImportProblem> keptProblems(long id) {
        return jdbc.sql("""
                select row_number, field, message_key, arguments from file_import_problem
                 where upload_id = :id order by position
                """)
                .param("id", id)
                .query((rs, row) -> new ImportProblem(rs.getInt("row_number"), rs.getString("field"),
                        rs.getString("message_key"), arguments(rs.getArray("arguments"))))
                .list();
    }

    @Override
    public List<Kept> keptSince(Instant cutoff, int limit) {
        return jdbc.sql("""
                select f.id, f.uploaded_by, u.organisation_id, f.uploaded_at, length(f.content) as bytes
                  from file_import_upload f join user_account u on u.id = f.uploaded_by
                 where f.erased_at is null and f.uploaded_at < :cutoff
                 order by f.uploaded_at limit :limit
                """)
                .param("cutoff", Timestamp.from(cutoff)).param("limit", limit)
                .query((rs, row) -> new Kept(rs.getLong("id"), rs.getLong("uploaded_by"), rs.getLong("organisation_id"),
                        rs.getTimestamp("uploaded_at").toInstant(), rs.getInt("bytes")))
                .list();
    }

    private static List<Object> arguments(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((Object[]) array.getArray()));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String cut(String value, int limit) {
        return value.length() <= limit ? value : value.substring(0, limit);
    }
}
