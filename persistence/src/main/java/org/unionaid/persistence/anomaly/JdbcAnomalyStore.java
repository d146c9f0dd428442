package org.unionaid.persistence.anomaly;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.anomaly.AnomalyRule;
import org.unionaid.domain.anomaly.AnomalyRun;
import org.unionaid.domain.anomaly.AnomalySettings;
import org.unionaid.domain.anomaly.AnomalyStore;
import org.unionaid.domain.anomaly.Hit;
import org.unionaid.domain.anomaly.RecordRef;
import org.unionaid.domain.anomaly.RuleResult;
import org.unionaid.domain.anomaly.Threshold;
import org.unionaid.domain.scope.OrganisationPath;

/**
 * Runs, hits and dismissals in PostgreSQL. A reader's view of a run is the run's hits whose union lies in the
 * reader's subtree (one range of {@code anomaly_hit_scope_idx}); a dismissal by the reader's union or one above
 * hides a hit (R-AUDIT-07), one by a union below is shown beside it.
 */
@Repository
class JdbcAnomalyStore implements AnomalyStore {

    private static final String RUNS = """
            select r.*, o.name as scope_name, u.display_name as started_by_name,
                   (select string_agg(key || '=' || value, ';') from jsonb_each_text(r.settings)) as settings_text
              from anomaly_run r
              join organisation o on o.id = r.scope_union_id
              left join user_account u on u.id = r.started_by
            """;

    /** The dismissal shown with a hit: the one hiding it from the reader first, else one by a union below. */
    private static final String HITS = """
            select h.*, o.name as union_name, dm.reason as dismissal_reason, dm.by_name as dismissed_by_name,
                   dm.union_name as dismissal_union_name, dm.dismissed_at, dm.hides
              from anomaly_hit h
              join organisation o on o.id = h.union_id
              left join lateral (select d.reason, u.display_name as by_name, du.name as union_name, d.dismissed_at,
                                        left(:path, length(d.union_path)) = d.union_path as hides
                                   from anomaly_dismissal d
                                   join user_account u on u.id = d.dismissed_by
                                   join organisation du on du.id = d.union_id
                                  where d.rule = h.rule and d.hit_key = h.hit_key
                                    and (left(:path, length(d.union_path)) = d.union_path
                                         or (d.union_path >= :lower and d.union_path < :upper))
                                  order by 5 desc, d.dismissed_at
                                  limit 1) dm on true
             where h.run_id = :run and h.union_path >= :lower and h.union_path < :upper
            """;

    private final JdbcClient jdbc;

    JdbcAnomalyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextRunId() {
        return jdbc.sql("select nextval('anomaly_run_seq')").query(Long.class).single();
    }

    @Override
    public void addRun(long id, long scopeUnionId, OrganisationPath scope, Long startedBy, Instant startedAt,
            LocalDate asOf, AnomalySettings settings, int rulesTotal) {
        String json = settings.values().entrySet().stream()
                .map(e -> "\"" + e.getKey().name() + "\": " + e.getValue().toPlainString())
                .collect(Collectors.joining(", ", "{", "}"));
        jdbc.sql("""
                insert into anomaly_run (id, scope_union_id, scope_path, started_by, started_at, as_of, settings,
                                         rules_total)
                values (:id, :union, :path, :by, :at, :asOf, cast(:settings as jsonb), :total)
                """).param("id", id).param("union", scopeUnionId).param("path", scope.value()).param("by", startedBy)
                .param("at", Timestamp.from(startedAt)).param("asOf", asOf).param("settings", json)
                .param("total", rulesTotal).update();
    }

    @Override
    public boolean take(long runId) {
        return jdbc.sql("update anomaly_run set executing = true where id = :run and status = 'RUNNING' and not executing")
                .param("run", runId).update() == 1;
    }

    @Override
    public void ruleDone(long runId, AnomalyRule rule, int hits, Instant startedAt, long elapsedMillis) {
        jdbc.sql("""
                insert into anomaly_run_rule (run_id, rule, version, hits, started_at, elapsed_ms)
                values (:run, :rule, :version, :hits, :at, :elapsed)
                """).param("run", runId).param("rule", rule.name()).param("version", rule.version()).param("hits", hits)
                .param("at", Timestamp.from(startedAt)).param("elapsed", elapsedMillis).update();
        jdbc.sql("update anomaly_run set rules_done = rules_done + 1 where id = :run").param("run", runId).update();
    }

    @Override
    public void finish(long runId, Instant at) {
        jdbc.sql("update anomaly_run set status = 'DONE', finished_at = :at where id = :run and status = 'RUNNING'")
                .param("at", Timestamp.from(at)).param("run", runId).update();
    }

    @Override
    public void fail(long runId, Instant at, String failure) {
        jdbc.sql("""
                update anomaly_run set status = 'FAILED', finished_at = :at, failure = left(:failure, 500)
                 where id = :run and status = 'RUNNING'
                """).param("at", Timestamp.from(at)).param("failure", failure).param("run", runId).update();
    }

    @Override
    public Optional<AnomalyRun> run(long runId) {
        return jdbc.sql(RUNS + " where r.id = :id").param("id", runId).query(JdbcAnomalyStore::run).optional();
    }

    @Override
    public Optional<AnomalyRun> running(OrganisationPath scope, Instant startedAfter) {
        return jdbc.sql(RUNS + """
                 where r.scope_path = :path and r.status = 'RUNNING' and r.started_at > :after
                 order by r.started_at desc limit 1
                """).param("path", scope.value()).param("after", Timestamp.from(startedAfter))
                .query(JdbcAnomalyStore::run).optional();
    }

    @Override
    public List<Long> topUnions() {
        return jdbc.sql("select id from organisation where parent_id is null order by id").query(Long.class).list();
    }

    @Override
    public Optional<AnomalyRun> latestCovering(OrganisationPath reader) {
        return jdbc.sql(RUNS + """
                 where r.scope_path = any(cast(:prefixes as text[])) and r.status = 'DONE'
                 order by r.started_at desc, r.id desc limit 1
                """).param("prefixes", prefixes(reader)).query(JdbcAnomalyStore::run).optional();
    }

    @Override
    public List<AnomalyRun> runsSeenFrom(OrganisationPath reader, int limit) {
        return jdbc.sql(RUNS + """
                 where r.scope_path = any(cast(:prefixes as text[])) or (r.scope_path >= :lower and r.scope_path < :upper)
                 order by r.started_at desc, r.id desc limit :limit
                """).param("prefixes", prefixes(reader)).param("lower", reader.lowerBound())
                .param("upper", reader.upperBound()).param("limit", limit).query(JdbcAnomalyStore::run).list();
    }

    @Override
    public List<RuleResult> results(long runId, OrganisationPath reader) {
        return jdbc.sql("""
                select rr.rule, rr.version, rr.hits, rr.started_at, rr.elapsed_ms,
                       coalesce(v.visible, 0) as visible, coalesce(v.dismissed, 0) as dismissed
                  from anomaly_run_rule rr
                  left join (select h.rule, count(*) as visible,
                                    count(*) filter (where exists (
                                        select 1 from anomaly_dismissal d
                                         where d.rule = h.rule and d.hit_key = h.hit_key
                                           and left(:path, length(d.union_path)) = d.union_path)) as dismissed
                               from anomaly_hit h
                              where h.run_id = :run and h.union_path >= :lower and h.union_path < :upper
                              group by h.rule) v on v.rule = rr.rule
                 where rr.run_id = :run
                 order by array_position(cast(:order as text[]), rr.rule::text)
                """).param("run", runId).params(range(reader)).param("order", ruleOrder())
                .query((rs, row) -> new RuleResult(AnomalyRule.valueOf(rs.getString("rule")), rs.getInt("version"),
                        rs.getInt("hits"), rs.getLong("visible"), rs.getLong("dismissed"),
                        rs.getTimestamp("started_at").toInstant(), rs.getLong("elapsed_ms")))
                .list();
    }

    @Override
    public Page<Hit> hits(long runId, OrganisationPath reader, AnomalyRule rule, boolean withDismissed,
            Pageable pageable) {
        String filter = (rule == null ? "" : " and h.rule = :rule")
                + (withDismissed ? "" : " and not coalesce(dm.hides, false)");
        List<Hit> hits = jdbc.sql(HITS + filter + """
                 order by array_position(cast(:order as text[]), h.rule::text), h.amount desc nulls last, h.hit_key
                 limit :limit offset :offset
                """).param("run", runId).params(range(reader)).param("rule", rule == null ? null : rule.name())
                .param("order", ruleOrder()).param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset()).query(JdbcAnomalyStore::hit).list();
        long total = hits.size() < pageable.getPageSize() && pageable.getOffset() == 0 ? hits.size()
                : jdbc.sql("select count(*) from (" + HITS + filter + ") c").param("run", runId).params(range(reader))
                        .param("rule", rule == null ? null : rule.name()).query(Long.class).single();
        return new PageImpl<>(hits, pageable, total);
    }

    @Override
    public Optional<Hit> hit(long runId, AnomalyRule rule, String key, OrganisationPath reader) {
        return jdbc.sql(HITS + " and h.rule = :rule and h.hit_key = :key").param("run", runId).params(range(reader))
                .param("rule", rule.name()).param("key", key).query(JdbcAnomalyStore::hit).optional();
    }

    @Override
    public boolean dismiss(AnomalyRule rule, String key, long unionId, OrganisationPath unionPath, long runId,
            String reason, long by, Instant at) {
        return jdbc.sql("""
                insert into anomaly_dismissal (id, rule, hit_key, union_id, union_path, run_id, reason, dismissed_by,
                                               dismissed_at)
                values (nextval('anomaly_dismissal_seq'), :rule, :key, :union, :path, :run, :reason, :by, :at)
                on conflict (rule, hit_key, union_id) do nothing
                """).param("rule", rule.name()).param("key", key).param("union", unionId)
                .param("path", unionPath.value()).param("run", runId).param("reason", reason).param("by", by)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /** The reader's path and its subtree's range, as {@code :path}, {@code :lower} and {@code :upper}. */
    private static Map<String, Object> range(OrganisationPath reader) {
        return Map.of("path", reader.value(), "lower", reader.lowerBound(), "upper", reader.upperBound());
    }

    /** The reader's union and every union above it, as paths: the scopes of runs that cover the reader. */
    private static String[] prefixes(OrganisationPath reader) {
        List<String> paths = new ArrayList<>();
        StringBuilder path = new StringBuilder("/");
        for (long id : reader.ids()) {
            path.append(id).append('/');
            paths.add(path.toString());
        }
        return paths.toArray(String[]::new);
    }

    private static String[] ruleOrder() {
        return Arrays.stream(AnomalyRule.values()).map(Enum::name).toArray(String[]::new);
    }

    private static AnomalyRun run(ResultSet rs, int row) throws SQLException {
        Map<Threshold, BigDecimal> values = new EnumMap<>(Threshold.class);
        String settings = rs.getString("settings_text");
        for (String pair : settings == null ? new String[0] : settings.split(";")) {
            String[] parts = pair.split("=", 2);
            try {
                values.put(Threshold.valueOf(parts[0]), new BigDecimal(parts[1]));
            } catch (IllegalArgumentException retired) {
                // a threshold no rule uses any more
            }
        }
        for (Threshold threshold : Threshold.values()) {
            values.putIfAbsent(threshold, BigDecimal.ZERO); // added after this run: it did not use it
        }
        Timestamp finished = rs.getTimestamp("finished_at");
        return new AnomalyRun(rs.getLong("id"), rs.getLong("scope_union_id"), rs.getString("scope_name"),
                rs.getString("scope_path"), rs.getObject("started_by", Long.class), rs.getString("started_by_name"),
                rs.getTimestamp("started_at").toInstant(), rs.getObject("as_of", LocalDate.class),
                new AnomalySettings(values), rs.getInt("rules_total"), rs.getInt("rules_done"),
                AnomalyRun.Status.valueOf(rs.getString("status")), finished == null ? null : finished.toInstant(),
                rs.getString("failure"));
    }

    private static Hit hit(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("records");
        List<RecordRef> records = Arrays.stream((String[]) array.getArray()).map(RecordRef::parse).toList();
        Timestamp dismissedAt = rs.getTimestamp("dismissed_at");
        Hit.Dismissal dismissal = dismissedAt == null ? null
                : new Hit.Dismissal(rs.getString("dismissal_reason"), rs.getString("dismissed_by_name"),
                        rs.getString("dismissal_union_name"), dismissedAt.toInstant(), rs.getBoolean("hides"));
        return new Hit(rs.getLong("run_id"), AnomalyRule.valueOf(rs.getString("rule")), rs.getString("hit_key"),
                rs.getLong("union_id"), rs.getString("union_name"), rs.getBigDecimal("amount"), records,
                FlatJson.object(rs.getString("evidence")), dismissal);
    }
}
