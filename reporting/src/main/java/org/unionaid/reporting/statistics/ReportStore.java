package org.unionaid.reporting.statistics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables, manual cells, frozen versions and reminders of V33, in plain SQL with bound parameters. */
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

    Optional<Row> find(long campaignId, String definition, long unionId, boolean lock) {
        return jdbc.sql("select id, status from report_table where campaign_id = :campaign and definition = :definition"
                        + " and organisation_id = :union" + (lock ? " for update" : ""))
                .param("campaign", campaignId).param("definition", definition).param("union", unionId)
                .query((rs, n) -> new Row(rs.getLong("id"), ReportStatus.valueOf(rs.getString("status")))).optional();
    }

    /** The table row, created as a draft when the union first works on it; locked for the transaction. */
    Row findOrCreate(long campaignId, String definition, long unionId, Instant now) {
        jdbc.sql("""
                insert into report_table (id, campaign_id, definition, organisation_id, status, created_at)
                values (nextval('report_table_seq'), :campaign, :definition, :union, 'DRAFT', :now)
                on conflict (campaign_id, definition, organisation_id) do nothing
                """).param("campaign", campaignId).param("definition", definition).param("union", unionId)
                .param("now", Timestamp.from(now)).update();
        return find(campaignId, definition, unionId, true).orElseThrow();
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

    long addVersion(long tableId, String sha256, long userId, Instant now, boolean late, Map<String, ReportCell> cells) {
        long id = jdbc.sql("select nextval('report_version_seq')").query(Long.class).single();
        jdbc.sql("""
                insert into report_version (id, table_id, number, sha256, submitted_by, submitted_at, late)
                values (:id, :table, (select coalesce(max(number), 0) + 1 from report_version where table_id = :table),
                        :sha, :user, :now, :late)
                """).param("id", id).param("table", tableId).param("sha", sha256).param("user", userId)
                .param("now", Timestamp.from(now)).param("late", late).update();
        for (ReportCell cell : cells.values()) {
            jdbc.sql("""
                    insert into report_version_cell (version_id, cell, total, own, children, manual, note)
                    values (:version, :cell, :total, :own, :children, :manual, :note)
                    """).param("version", id).param("cell", cell.key()).param("total", cell.total())
                    .param("own", cell.own()).param("children", cell.children()).param("manual", cell.manual())
                    .param("note", cell.note()).update();
        }
        return id;
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
                       v.decision_comment, d.display_name as decided_by, v.decided_at
                  from report_version v
                  join user_account s on s.id = v.submitted_by
                  left join user_account d on d.id = v.decided_by
                 where v.table_id = :table
                 order by v.number desc
                """).param("table", tableId).query((rs, n) -> new ReportVersion(rs.getLong("id"), rs.getInt("number"),
                        rs.getString("sha256"), rs.getString("submitted_by"), instant(rs, "submitted_at"),
                        rs.getBoolean("late"), rs.getString("decision") == null ? null
                                : ReportStatus.valueOf(rs.getString("decision")),
                        rs.getString("decision_comment"), rs.getString("decided_by"), instant(rs, "decided_at")))
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

    /**
     * The cell-by-cell sum of the latest version of each direct child whose table stands ACCEPTED: a
     * returned or resubmitted child counts for nothing until accepted again.
     */
    Map<String, BigDecimal> acceptedChildrenTotals(long campaignId, String definition, long unionId) {
        Map<String, BigDecimal> sums = new HashMap<>();
        jdbc.sql("""
                select c.cell, sum(c.total) as total
                  from organisation o
                  join report_table t on t.organisation_id = o.id and t.campaign_id = :campaign
                                     and t.definition = :definition and t.status = 'ACCEPTED'
                  join lateral (select v.id, v.decision from report_version v where v.table_id = t.id
                                 order by v.number desc limit 1) v on v.decision = 'ACCEPTED'
                  join report_version_cell c on c.version_id = v.id
                 where o.parent_id = :union
                 group by c.cell
                """).param("campaign", campaignId).param("definition", definition).param("union", unionId)
                .query(rs -> {
                    sums.put(rs.getString("cell"), rs.getBigDecimal("total"));
                });
        return sums;
    }

    /** The cells of each direct child's latest version, by child union id. */
    Map<Long, Map<String, BigDecimal>> latestChildCells(long campaignId, String definition, long unionId) {
        Map<Long, Map<String, BigDecimal>> cells = new HashMap<>();
        jdbc.sql("""
                select t.organisation_id, c.cell, c.total
                  from organisation o
                  join report_table t on t.organisation_id = o.id and t.campaign_id = :campaign
                                     and t.definition = :definition
                  join lateral (select v.id from report_version v where v.table_id = t.id
                                 order by v.number desc limit 1) v on true
                  join report_version_cell c on c.version_id = v.id
                 where o.parent_id = :union
                """).param("campaign", campaignId).param("definition", definition).param("union", unionId)
                .query(rs -> {
                    cells.computeIfAbsent(rs.getLong("organisation_id"), id -> new HashMap<>())
                            .put(rs.getString("cell"), rs.getBigDecimal("total"));
                });
        return cells;
    }

    /** Direct children's tables, of any campaign and form, waiting for the union's decision. */
    long awaitingDecision(long unionId) {
        return jdbc.sql("""
                select count(*) from report_table t join organisation o on o.id = t.organisation_id
                 where o.parent_id = :union and t.status = 'SUBMITTED'
                """).param("union", unionId).query(Long.class).single();
    }

    record ChildRow(long unionId, String name, ReportStatus status, boolean everSubmittedLate, Instant lastSubmittedAt,
            int reminders) {
    }

    /** The direct children of a union with their table's state, in one statement. */
    List<ChildRow> children(long campaignId, String definition, long unionId) {
        return jdbc.sql("""
                select o.id, o.name, t.status,
                       (select bool_or(v.late) from report_version v where v.table_id = t.id) as late,
                       (select max(v.submitted_at) from report_version v where v.table_id = t.id) as last_submitted,
                       (select count(*) from report_reminder r where r.organisation_id = o.id
                           and r.campaign_id = :campaign and r.definition = :definition) as reminders
                  from organisation o
                  left join report_table t on t.organisation_id = o.id and t.campaign_id = :campaign
                                          and t.definition = :definition
                 where o.parent_id = :union
                 order by o.path
                """).param("campaign", campaignId).param("definition", definition).param("union", unionId)
                .query((rs, n) -> new ChildRow(rs.getLong("id"), rs.getString("name"),
                        rs.getString("status") == null ? null : ReportStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("late"), instant(rs, "last_submitted"), rs.getInt("reminders")))
                .list();
    }

    void remind(long campaignId, String definition, long unionId, long userId, Instant now, String message) {
        jdbc.sql("""
                insert into report_reminder (id, campaign_id, definition, organisation_id, sent_by, sent_at, message)
                values (nextval('report_reminder_seq'), :campaign, :definition, :union, :user, :now, :message)
                """).param("campaign", campaignId).param("definition", definition).param("union", unionId)
                .param("user", userId).param("now", Timestamp.from(now)).param("message", message).update();
    }

    List<Reminder> reminders(long campaignId, String definition, long unionId) {
        return jdbc.sql("""
                select u.display_name, o.name as union_name, r.sent_at, r.message
                  from report_reminder r
                  join user_account u on u.id = r.sent_by
                  join organisation o on o.id = u.organisation_id
                 where r.organisation_id = :union and r.campaign_id = :campaign and r.definition = :definition
                 order by r.sent_at desc, r.id desc
                """).param("campaign", campaignId).param("definition", definition).param("union", unionId)
                .query((rs, n) -> new Reminder(rs.getString("display_name"), rs.getString("union_name"),
                        instant(rs, "sent_at"), rs.getString("message")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
