package org.unionaid.reporting.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionaid.domain.anomaly.AnomalyCheck;
import org.unionaid.domain.anomaly.AnomalyRule;
import org.unionaid.domain.anomaly.RunContext;
import org.unionaid.reporting.table.SubtreeRollUp;
import org.unionaid.reporting.table.SubtreeTables;
import org.unionaid.reporting.table.TableDefinition;
import org.unionaid.reporting.table.TableDefinitions;

/**
 * R-ANOM-25 — a submitted statistics table whose cells differ from the records (按记录核对, {@link RecordCheck}):
 * the latest submitted version of every table of the subtree beside the same table summed from the records of
 * the union's whole subtree by {@link SubtreeRollUp}, computed once per reporting period (its span and manual
 * cells, R-STAT-02) for the run's whole subtree. Each version is judged in the layout it was frozen in (R-STAT-08).
 * One hit per version, with each differing cell as a reader names it, as reported and as the records give it. The
 * union responsible is the one that submitted the table.
 */
@Component
public class StatisticsMismatchCheck implements AnomalyCheck {

    /** Differing cells named in a hit's evidence; the rest are counted. */
    static final int CELLS_NAMED = 20;

    private final JdbcClient jdbc;
    private final SubtreeRollUp rollUp;
    private final TableDefinitions definitions;
    private final ReportingPeriodAdministration periods;

    public StatisticsMismatchCheck(JdbcClient jdbc, SubtreeRollUp rollUp, TableDefinitions definitions,
            ReportingPeriodAdministration periods) {
        this.jdbc = jdbc;
        this.rollUp = rollUp;
        this.definitions = definitions;
        this.periods = periods;
    }

    @Override
    public AnomalyRule rule() {
        return AnomalyRule.STATISTICS_DIFFER;
    }

    /** The latest submitted version of a table of the subtree. */
    private record Submitted(long versionId, long tableId, long periodId, String periodName, String definition,
            long unionId, int number, LocalDate submittedOn) {
    }

    @Override
    public int run(RunContext context) {
        return judge(context, true);
    }

    @Override
    public int count(RunContext context) {
        return judge(context, false);
    }

    /** Compares every latest version of the subtree with the records; stores the hits when asked. */
    private int judge(RunContext context, boolean storing) {
        List<Submitted> submitted = jdbc.sql("""
                select v.id as version_id, t.id as table_id, t.period_id, p.name as period_name,
                       v.definition, t.organisation_id, v.number,
                       (v.submitted_at at time zone 'Asia/Shanghai')::date as submitted_on
                  from report_table t
                  join organisation o on o.id = t.organisation_id
                  join reporting_period p on p.id = t.period_id
                  join lateral (select * from report_version lv where lv.table_id = t.id
                                 order by lv.number desc limit 1) v on true
                 where o.path >= :lower and o.path < :upper
                 order by t.period_id, o.path, t.form
                """).param("lower", context.scope().lowerBound()).param("upper", context.scope().upperBound())
                .query((rs, row) -> new Submitted(rs.getLong("version_id"), rs.getLong("table_id"),
                        rs.getLong("period_id"), rs.getString("period_name"), rs.getString("definition"),
                        rs.getLong("organisation_id"), rs.getInt("number"), rs.getObject("submitted_on", LocalDate.class)))
                .list();
        if (submitted.isEmpty()) {
            return 0;
        }
        long root = context.scope().ids().get(context.scope().depth() - 1);
        Map<Long, List<Submitted>> byPeriod = submitted.stream()
                .collect(Collectors.groupingBy(Submitted::periodId, LinkedHashMap::new, Collectors.toList()));
        int hits = 0;
        for (var period : byPeriod.entrySet()) {
            List<TableDefinition> forms = period.getValue().stream().map(Submitted::definition).distinct()
                    .map(definitions::find).flatMap(Optional::stream).toList();
            if (forms.isEmpty()) {
                continue;
            }
            SubtreeTables records = rollUp.rollUp(root, periods.span(periods.find(period.getKey())),
                    SubtreeRollUp.ManualCells.ofPeriod(period.getKey()), forms);
            for (Submitted version : period.getValue()) {
                Optional<TableDefinition> form = forms.stream().filter(f -> f.code().equals(version.definition()))
                        .findFirst();
                if (form.isPresent() && records.contains(version.unionId())
                        && store(context, version, form.get(), records, storing)) {
                    hits++;
                }
            }
        }
        return hits;
    }

    private boolean store(RunContext context, Submitted version, TableDefinition form, SubtreeTables records,
            boolean storing) {
        Map<String, BigDecimal> reported = new HashMap<>();
        jdbc.sql("select cell, total from report_version_cell where version_id = :v").param("v", version.versionId())
                .query(rs -> {
                    reported.put(rs.getString("cell"), rs.getBigDecimal("total"));
                });
        List<String> differences = new ArrayList<>();
        int differing = 0;
        for (var cell : form.cells().entrySet()) {
            BigDecimal asReported = reported.getOrDefault(cell.getKey(), BigDecimal.ZERO);
            BigDecimal fromRecords = records.total(version.unionId(), form.code(), cell.getKey());
            if (asReported.compareTo(fromRecords) != 0) {
                differing++;
                if (differences.size() < CELLS_NAMED) {
                    differences.add(form.label(cell.getKey()) + "：" + asReported.stripTrailingZeros().toPlainString()
                            + " → " + fromRecords.stripTrailingZeros().toPlainString());
                }
            }
        }
        if (differing == 0 || !storing) {
            return differing > 0;
        }
        String evidence = "{" + json("period", version.periodName()) + ", " + json("form", form.title()) + ", "
                + "\"version\": " + version.number() + ", " + json("submittedOn", version.submittedOn().toString())
                + ", \"cellsDiffering\": " + differing + ", \"differences\": ["
                + differences.stream().map(StatisticsMismatchCheck::quote).collect(Collectors.joining(", ")) + "]}";
        return jdbc.sql("""
                insert into anomaly_hit (run_id, rule, hit_key, union_id, union_path, amount, records, evidence)
                select :run, :rule, :key, o.id, o.path, null, array[:record], cast(:evidence as jsonb)
                  from organisation o where o.id = :union
                on conflict do nothing
                """).param("run", context.runId()).param("rule", rule().name())
                .param("key", "report_version:" + version.versionId()).param("union", version.unionId())
                .param("record", "report_table/" + version.tableId()).param("evidence", evidence).update() == 1;
    }

    private static String json(String name, String value) {
        return quote(name) + ": " + quote(value);
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
