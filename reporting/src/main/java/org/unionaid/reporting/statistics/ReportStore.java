package org.unionaid.reporting.statistics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables of a period, manual cells, frozen versions and reminders (V33, V48), in plain SQL with bound
 * parameters. A table is one per period, form and union; each version names the layout it was frozen in.
 */
@Repository
class ReportStore {

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, ReportStatus status) {
    }

    record Manual(BigDecimal value, String note) {
    }

    Optional<Row> find(long periodId, String form, long unionId, boolean lock) {
        return jdbc.sql("select id, status from report_table where period_id = :period and form = :form"
                        + " and organisation_id = :union" + (lock ? " for update" : ""))
                .param("period", periodId).param("form", form).param("union", unionId)
                .query((rs, n) -> new Row(rs.getLong("id"), ReportStatus.valueOf(rs.getString("status")))).optional();
    }

    /** The table row, created as a draft when the union first works on it; locked for the transaction. */
    Row findOrCreate(long periodId, String form, String definition, long unionId, Instant now) {
        jdbc.sql("""
                insert into report_table (id, period_id, form, definition, organisation_id, status, created_at)
                values (nextval('report_table_seq'), :period, :form, :definition, :union, 'DRAFT', :now)
                on conflict (period_id, form, organisation_id) do nothing
                """).param("period", periodId).param("form", form).param("definition", definition)
                .param("union", unionId).param("now", Timestamp.from(now)).update();
        return find(periodId, form, unionId, true).orElseThrow();
    }

    void setStatus(long tableId, ReportStatus status) {
        jdbc.sql("update report_table set status = :status where id = :id").param("status", status.name())
                .param("id", tableId).update();
    }

    Map<String, Manual> manualCells(long tableId) {
        Map<String, Manual> cells = new HashMap<>();
        jdbc.sql("select cell, value, note from report_manual_cell where table_id = :table").param("table", tableId)
                .query(rs -> {
                    cells.put(rs.getString("cell"), new Manual(rs.getBigDecimal("value"), rs.getString("note")));
                });
        return cells;
    }

    void saveManual(long tableId, String cell, BigDecimal value, String note, long userId, Instant now) {
        jdbc.sql("""
                insert into report_manual_cell (table_id, cell, value, note, entered_by, entered_at)
                values (:table, :cell, :value, :note, :user, :now)
                on conflict (table_id, cell) do update
                   set value = excluded.value, note = excluded.note, entered_by = excluded.entered_by,
                       entered_at = excluded.entered_at
                """).param("table", tableId).param("cell", cell).param("value", value).param("note", note)
                .param("user", userId).param("now", Timestamp.from(now)).update();
    }

    /** What a new version freezes besides its cells: the hash, the layout and the written summary (R-STAT-03). */
    record Frozen(String sha256, String definition, WrittenSummary summary, boolean late) {
    }

    long addVersion(long tableId, Frozen frozen, long userId, Instant now, Map<String, ReportCell> cells) {
        long id = jdbc.sql("select nextval('report_version_seq')").query(Long.class).single();
        jdbc.sql("""
                insert into report_version (id, table_id, number, sha256, submitted_by, submitted_at, late, definition,
                                            summary_text, summary_document_id)
                values (:id, :table, (select coalesce(max(number), 0) + 1 from report_version where table_id = :table),
                        :sha, :user, :now, :late, :definition, :text, :document)
                """).param("id", id).param("table", tableId).param("sha", frozen.sha256()).param("user", userId)
                .param("now", Timestamp.from(now)).param("late", frozen.late()).param("definition", frozen.definition())
                .param("text", frozen.summary().text()).param("document", frozen.summary().documentId()).update();
        String[] keys = cells.keySet().toArray(String[]::new);
        // one statement for the version's cells, as the lines of a batch are stored
        jdbc.sql("""
                insert into report_version_cell (version_id, cell, total, own, children, manual, note)
                select :version, u.cell, u.total, u.own, u.children, u.manual, u.note
                  from unnest(:cells::text[], :totals::numeric[], :owns::numeric[], :children::numeric[],
                              :manuals::boolean[], :notes::text[]) as u(cell, total, own, children, manual, note)
                """).param("version", id).param("cells", keys)
                .param("totals", column(cells, keys, c -> c.total().toPlainString()))
                .param("owns", column(cells, keys, c -> c.own().toPlainString()))
                .param("children", column(cells, keys, c -> c.children().toPlainString()))
                .param("manuals", Arrays.stream(keys).map(k -> cells.get(k).manual()).toArray(Boolean[]::new))
                .param("notes", column(cells, keys, ReportCell::note)).update();
        return id;
    }

    private static String[] column(Map<String, ReportCell> cells, String[] keys,
            Function<ReportCell, String> value) {
        return Arrays.stream(keys).map(k -> value.apply(cells.get(k))).toArray(String[]::new);
    }

    void decide(long versionId, ReportStatus decision, String comment, long userId, Instant now) {
        jdbc.sql("""
                update report_version set decision = :decision, decision_comment = :comment, decided_by = :user,
                       decided_at = :now where id = :id
                """).param("decision", decision.name()).param("comment", comment).param("user", userId)
                .param("now", Timestamp.from(now)).param("id", versionId).update();
    }

    /** Every version of a table, newest first. */
    List<ReportVersion> versions(long tableId) {
        return jdbc.sql("""
                select v.id, v.number, v.sha256, s.display_name as submitted_by, v.submitted_at, v.late, v.decision,
                       v.decision_comment, d.display_name as decided_by, v.decided_at, v.definition
                  from report_version v
                  join user_account s on s.id = v.submitted_by
                  left join user_account d on d.id = v.decided_by
                 where v.table_id = :table
                 order by v.number desc
                """).param("table", tableId).query((rs, n) -> new ReportVersion(rs.getLong("id"), rs.getInt("number"),
                        rs.getString("sha256"), rs.getString("submitted_by"), instant(rs, "submitted_at"),
                        rs.getBoolean("late"), rs.getString("decision") == null ? null
                                : ReportStatus.valueOf(rs.getString("decision")),
                        rs.getString("decision_comment"), rs.getString("decided_by"), instant(rs, "decided_at"),
                        rs.getString("definition")))
                .list();
    }

    Map<String, ReportCell> versionCells(long versionId) {
        Map<String, ReportCell> cells = new LinkedHashMap<>();
        jdbc.sql("select cell, total, own, children, manual, note from report_version_cell where version_id = :v order by cell")
                .param("v", versionId).query(rs -> {
                    cells.put(rs.getString("cell"), new ReportCell(rs.getString("cell"), rs.getBigDecimal("total"),
                            rs.getBigDecimal("own"), rs.getBigDecimal("children"), rs.getBoolean("manual"),
                            rs.getString("note")));
                });
        return cells;
    }

    /** The written summary a version was sent with. */
    WrittenSummary versionSummary(long versionId) {
        return jdbc.sql("""
                select v.summary_text, d.id as document_id, d.filename, d.size_bytes, d.sha256
                  from report_version v left join report_summary_document d on d.id = v.summary_document_id
                 where v.id = :v
                """).param("v", versionId).query((rs, n) -> new WrittenSummary(rs.getString("summary_text"),
                        rs.getObject("document_id", Long.class), rs.getString("filename"),
                        rs.getObject("size_bytes", Integer.class), rs.getString("sha256"))).single();
    }

    /**
     * The cell-by-cell sum of the latest version of each direct child whose table stands ACCEPTED: a
     * returned or resubmitted child counts for nothing until accepted again.
     */
    Map<String, BigDecimal> acceptedChildrenTotals(long periodId, String form, long unionId) {
        Map<String, BigDecimal> sums = new HashMap<>();
        jdbc.sql("""
                select c.cell, sum(c.total) as total
                  from organisation o
                  join report_table t on t.organisation_id = o.id and t.period_id = :period
                                     and t.form = :form and t.status = 'ACCEPTED'
                  join lateral (select v.id, v.decision from report_version v where v.table_id = t.id
                                 order by v.number desc limit 1) v on v.decision = 'ACCEPTED'
                  join report_version_cell c on c.version_id = v.id
                 where o.parent_id = :union
                 group by c.cell
                """).param("period", periodId).param("form", form).param("union", unionId)
                .query(rs -> {
                    sums.put(rs.getString("cell"), rs.getBigDecimal("total"));
                });
        return sums;
    }

    /** The cells of each direct child's latest version, by child union id. */
    Map<Long, Map<String, BigDecimal>> latestChildCells(long periodId, String form, long unionId) {
        Map<Long, Map<String, BigDecimal>> cells = new HashMap<>();
        jdbc.sql("""
                select t.organisation_id, c.cell, c.total
                  from organisation o
                  join report_table t on t.organisation_id = o.id and t.period_id = :period and t.form = :form
                  join lateral (select v.id from report_version v where v.table_id = t.id
                                 order by v.number desc limit 1) v on true
                  join report_version_cell c on c.version_id = v.id
                 where o.parent_id = :union
                """).param("period", periodId).param("form", form).param("union", unionId)
                .query(rs -> {
                    cells.computeIfAbsent(rs.getLong("organisation_id"), id -> new HashMap<>())
                            .put(rs.getString("cell"), rs.getBigDecimal("total"));
                });
        return cells;
    }

    /** Direct children's tables, of any period and form, waiting for the union's decision. */
    long awaitingDecision(long unionId) {
        return jdbc.sql("""
                select count(*) from report_table t join organisation o on o.id = t.organisation_id
                 where o.parent_id = :union and t.status = 'SUBMITTED'
                """).param("union", unionId).query(Long.class).single();
    }

    /** The periods in which a direct child's table waits for the union's decision. */
    java.util.Set<Long> periodsAwaiting(long unionId) {
        return new java.util.HashSet<>(jdbc.sql("""
                select distinct t.period_id from report_table t join organisation o on o.id = t.organisation_id
                 where o.parent_id = :union and t.status = 'SUBMITTED'
                """).param("union", unionId).query(Long.class).list());
    }

    record ChildRow(long unionId, String name, String type, ReportStatus status, boolean everSubmittedLate,
            Instant lastSubmittedAt, int reminders) {
    }

    /** The direct children of a union with their table's state, in one statement. */
    List<ChildRow> children(long periodId, String form, long unionId) {
        return jdbc.sql("""
                select o.id, o.name, o.type, t.status,
                       (select bool_or(v.late) from report_version v where v.table_id = t.id) as late,
                       (select max(v.submitted_at) from report_version v where v.table_id = t.id) as last_submitted,
                       (select count(*) from report_reminder r where r.organisation_id = o.id
                           and r.period_id = :period and r.form = :form) as reminders
                  from organisation o
                  left join report_table t on t.organisation_id = o.id and t.period_id = :period and t.form = :form
                 where o.parent_id = :union
                 order by o.path
                """).param("period", periodId).param("form", form).param("union", unionId)
                .query((rs, n) -> new ChildRow(rs.getLong("id"), rs.getString("name"), rs.getString("type"),
                        rs.getString("status") == null ? null : ReportStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("late"), instant(rs, "last_submitted"), rs.getInt("reminders")))
                .list();
    }

    void remind(long periodId, String form, long unionId, long userId, Instant now, String message) {
        jdbc.sql("""
                insert into report_reminder (id, period_id, form, organisation_id, sent_by, sent_at, message)
                values (nextval('report_reminder_seq'), :period, :form, :union, :user, :now, :message)
                """).param("period", periodId).param("form", form).param("union", unionId)
                .param("user", userId).param("now", Timestamp.from(now)).param("message", message).update();
    }

    List<Reminder> reminders(long periodId, String form, long unionId) {
        return jdbc.sql("""
                select u.display_name, o.name as union_name, r.sent_at, r.message
                  from report_reminder r
                  join user_account u on u.id = r.sent_by
                  join organisation o on o.id = u.organisation_id
                 where r.organisation_id = :union and r.period_id = :period and r.form = :form
                 order by r.sent_at desc, r.id desc
                """).param("period", periodId).param("form", form).param("union", unionId)
                .query((rs, n) -> new Reminder(rs.getString("display_name"), rs.getString("union_name"),
                        instant(rs, "sent_at"), rs.getString("message")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
