package org.unionaid.reporting.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.organisation.OrganisationType;

/** Reporting periods with their layouts and deadlines (V48), and the campaigns each one covers. */
@Repository
class PeriodStore {

    private static final String SELECT = """
            select p.id, p.organisation_id, o.name as organisation_name, p.name, p.year, p.starts_on, p.ends_on,
                   p.final_deadline
              from reporting_period p join organisation o on o.id = p.organisation_id
            """;

    private final JdbcClient jdbc;

    PeriodStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextId() {
        return jdbc.sql("select nextval('reporting_period_seq')").query(Long.class).single();
    }

    /** Stores the period; false when its union already has one of that name (nothing stored). */
    boolean add(ReportingPeriod period, long createdBy, Instant now) {
        boolean stored = jdbc.sql("""
                insert into reporting_period (id, organisation_id, name, year, starts_on, ends_on, final_deadline,
                                              created_by, created_at)
                values (:id, :union, :name, :year, :starts, :ends, :final, :by, :at)
                on conflict (organisation_id, name) do nothing
                """).param("id", period.id()).param("union", period.organisationId()).param("name", period.name())
                .param("year", period.year()).param("starts", period.startsOn()).param("ends", period.endsOn())
                .param("final", period.finalDeadline()).param("by", createdBy).param("at", Timestamp.from(now))
                .update() == 1;
        if (stored) {
            period.layouts().forEach((form, definition) -> jdbc.sql(
                    "insert into reporting_period_form (period_id, form, definition) values (:p, :f, :d)")
                    .param("p", period.id()).param("f", form).param("d", definition).update());
            period.deadlines().forEach((level, due) -> jdbc.sql(
                    "insert into reporting_period_deadline (period_id, level, due_on) values (:p, :l, :d)")
                    .param("p", period.id()).param("l", level.name()).param("d", due).update());
        }
        return stored;
    }

    Optional<ReportingPeriod> find(long id) {
        return periods(SELECT + " where p.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The periods a union takes part in: defined by itself or a union above it, newest first. */
    List<ReportingPeriod> definedAbove(OrganisationPath path) {
        return periods(SELECT + """
                 where o.id = any(:ids::bigint[])
                 order by p.starts_on desc, p.id desc
                """, Map.of("ids", path.ids().toArray(Long[]::new)));
    }

    /**
     * The campaigns a period covers (R-STAT-02): those starting in its days, organised by its union or any union
     * below it — each counted once, whoever organised it.
     */
    List<Long> campaigns(ReportingPeriod period, OrganisationPath definer) {
        return jdbc.sql("""
                select c.id from campaign c join organisation o on o.id = c.organisation_id
                 where c.starts_on between :from and :to and o.path >= :lower and o.path < :upper
                 order by c.id
                """).param("from", period.startsOn()).param("to", period.endsOn())
                .param("lower", definer.lowerBound()).param("upper", definer.upperBound()).query(Long.class).list();
    }

    private List<ReportingPeriod> periods(String sql, Map<String, Object> parameters) {
        List<ReportingPeriod.Builder> rows = jdbc.sql(sql).params(parameters).query(PeriodStore::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(ReportingPeriod.Builder::id).toArray(Long[]::new);
        Map<Long, Map<String, String>> layouts = new HashMap<>();
        jdbc.sql("select period_id, form, definition from reporting_period_form where period_id = any(:ids::bigint[])"
                + " order by period_id, form desc").param("ids", ids).query(rs -> {
                    layouts.computeIfAbsent(rs.getLong("period_id"), p -> new LinkedHashMap<>())
                            .put(rs.getString("form"), rs.getString("definition"));
                });
        Map<Long, Map<OrganisationType, LocalDate>> deadlines = new HashMap<>();
        jdbc.sql("select period_id, level, due_on from reporting_period_deadline where period_id = any(:ids::bigint[])")
                .param("ids", ids).query(rs -> {
                    deadlines.computeIfAbsent(rs.getLong("period_id"), p -> new EnumMap<>(OrganisationType.class))
                            .put(OrganisationType.valueOf(rs.getString("level")), rs.getObject("due_on", LocalDate.class));
                });
        return rows.stream().map(row -> row.build(layouts.getOrDefault(row.id(), Map.of()),
                deadlines.getOrDefault(row.id(), Map.of()))).toList();
    }

    private static ReportingPeriod.Builder row(ResultSet rs, int n) throws SQLException {
        return new ReportingPeriod.Builder(rs.getLong("id"), rs.getLong("organisation_id"),
                rs.getString("organisation_name"), rs.getString("name"), rs.getInt("year"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getObject("final_deadline", LocalDate.class));
    }
}
