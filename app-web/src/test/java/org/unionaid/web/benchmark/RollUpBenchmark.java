package org.unionaid.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.reporting.statistics.ReportingPeriod;
import org.unionaid.reporting.statistics.ReportingPeriodAdministration;
import org.unionaid.reporting.table.CellSource;
import org.unionaid.reporting.table.Measures;
import org.unionaid.reporting.table.ReportingSpan;
import org.unionaid.reporting.table.SubtreeRollUp;
import org.unionaid.reporting.table.SubtreeTables;
import org.unionaid.reporting.table.TableDefinition;
import org.unionaid.reporting.table.TableDefinitions;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.StatementCounter;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Every union's statistics tables of a province (19,911 unions in 5 levels, 200,000 files, 1,000,000
 * paid lines to households and 37,620 to named recipients) for the province's reporting period, computed
 * bottom-up by {@link SubtreeRollUp}, against a hand-written set-based SQL aggregate of the same numbers
 * ({@code benchmarks/reporting/baseline.sql}) in the same run, and the provincial table alone (seeded by
 * {@code seed.sql} and {@code every-level.sql}); then the
 * province's pages a 保障部 opens at reporting time — the inbox of the cities' submissions and the summary with
 * its charts — over HTTP as the province's approver. Medians of three, after one warm-up. Both computations must
 * give the same figure in every cell of every union. Not part of the build: {@code benchmarks/reporting/run.sh}
 * runs it.
 */
@Tag("benchmark")
@WebIntegrationTest
class RollUpBenchmark {

    private static final Path SCRIPTS = Path.of("..", "benchmarks", "reporting");
    private static final int RUNS = Integer.getInteger("rollup.runs", 3);
    private static final int PAGE_WARM_UPS = 20;
    private static final int PAGE_RUNS = 10;
    private static final String PERIOD = "2027年元旦春节送温暖（汇总基准）";

    @Autowired
    SubtreeRollUp rollUp;

    @Autowired
    TableDefinitions definitions;

    @Autowired
    ReportingPeriodAdministration periods;

    @Autowired
    Measures measures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Test
    void everyTableOfAProvinceBottomUpAndTheProvincesPages() throws Exception {
        seed();
        long root = jdbc.sql("select id from organisation where code = 'R-P'").query(Long.class).single();
        OrganisationPath path = new OrganisationPath(
                jdbc.sql("select path from organisation where id = :id").param("id", root).query(String.class).single());
        long periodId = jdbc.sql("select id from reporting_period where name = :name").param("name", PERIOD)
                .query(Long.class).single();
        ReportingPeriod period = periods.view(demo.actor("rollup.approver"), periodId);
        ReportingSpan span = periods.span(period);
        SubtreeRollUp.ManualCells manual = SubtreeRollUp.ManualCells.ofPeriod(periodId);
        List<TableDefinition> tables = period.layouts().values().stream()
                .map(code -> definitions.find(code).orElseThrow()).toList();
        String baselineSql = Files.readString(SCRIPTS.resolve("baseline.sql"));

        SubtreeTables computed = rollUp.rollUp(root, span, manual, tables);
        Map<Long, Map<String, BigDecimal>> baseline = baseline(baselineSql, path, span);
        int compared = compare(computed, baseline, tables);

        long[] rollUps = new long[RUNS];
        long[] baselines = new long[RUNS];
        long[] provincials = new long[RUNS];
        long[] statements = new long[RUNS];
        List<CellSource.Measure> wanted = tables.stream().flatMap(t -> t.cells().values().stream())
                .map(TableDefinition.Cell::source).filter(CellSource.Measure.class::isInstance)
                .map(CellSource.Measure.class::cast).toList();
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            rollUp.rollUp(root, span, manual, tables);
            rollUps[run] = System.nanoTime() - started;
            started = System.nanoTime();
            baseline(baselineSql, path, span);
            baselines[run] = System.nanoTime() - started;
            started = System.nanoTime();
            rollUp.rollUp(root, span, manual, tables).table(root, tables.get(0).code());
            provincials[run] = System.nanoTime() - started;
            started = System.nanoTime();
            measures.eachOwnFact(path, span, wanted, (union, key, value) -> { });
            statements[run] = System.nanoTime() - started;
        }
        System.out.printf("ROLLUP %,d unions, %,d cells compared, all equal; load average after the runs: %s%n",
                computed.unionIds().length, compared, loadAverage());
        print("SubtreeRollUp, every union", rollUps);
        print("hand-written SQL aggregate, every union", baselines);
        print("provincial table", provincials);
        print("the measures' statements alone, one after the other on one connection", statements);
        System.out.printf("ROLLUP ratio SubtreeRollUp / SQL aggregate: %.2f× (target ≤ 1.5×)%n",
                (double) Runs.median(rollUps) / Runs.median(baselines));
        pages(periodId);
    }

    /**
     * The province's inbox and summary over HTTP (controller, services, template); the target is under 300 ms each.
     * Beside them, as a control in the same run and under the same load, the district's inbox and summary of the demo
     * tree (a handful of unions): what the pages cost whatever the size of the tree. The four pages are first opened
     * {@value #PAGE_WARM_UPS} times each in turn, so that the JIT has compiled the web stack for all of them alike (the
     * first pages of a JVM pay for it), then each {@value #PAGE_RUNS} times. Each line says how many statements the
     * page sent and how long PostgreSQL took for them.
     */
    private void pages(long periodId) throws Exception {
        long demoPeriod = jdbc.sql("select id from reporting_period where name like '%年元旦春节送温暖' order by year desc"
                + " limit 1").query(Long.class).single();
        List<String[]> pages = List.of(
                new String[] {"province's inbox of the cities' submissions", "rollup.approver", "/reports/inbox",
                    "汇总基准市总工会1"},
                new String[] {"province's summary with its charts", "rollup.approver",
                    "/reports/" + periodId + "/summary", "汇总基准市总工会1"},
                new String[] {"demo district's inbox (control)", "approver", "/reports/inbox", "杭州西湖龙井茶业有限公司工会"},
                new String[] {"demo district's summary (control)", "approver", "/reports/" + demoPeriod + "/summary",
                    "杭州西湖龙井茶业有限公司工会"});
        for (int warm = 0; warm < PAGE_WARM_UPS; warm++) {
            for (String[] page : pages) {
                assertThat(open(page[1], page[2])).contains(page[3]);
            }
        }
        for (String[] page : pages) {
            long[] times = new long[PAGE_RUNS];
            long[] sql = new long[PAGE_RUNS];
            int statements = 0;
            for (int run = 0; run < PAGE_RUNS; run++) {
                StatementCounter.reset();
                long started = System.nanoTime();
                open(page[1], page[2]);
                times[run] = System.nanoTime() - started;
                sql[run] = StatementCounter.millis() * 1_000_000;
                statements = StatementCounter.count();
            }
            System.out.printf("ROLLUP %s: median %.0f ms [%.0f–%.0f] (target < 300 ms); %d statements, PostgreSQL"
                    + " %.0f ms%n", page[0], Runs.median(times) / 1e6, Runs.min(times) / 1e6, Runs.max(times) / 1e6,
                    statements, Runs.median(sql) / 1e6);
        }
    }

    private String open(String login, String url) throws Exception {
        return mvc.perform(get(url).with(demo.as(login))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private void seed() throws Exception {
        if (jdbc.sql("select count(*) from organisation where code = 'R-P'").query(Long.class).single() > 0) {
            return;
        }
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(Files.readString(SCRIPTS.resolve("seed.sql")));
            // issue 17's records and the province's period, on the same connection (seed.sql's temporary tables)
            statement.execute(Files.readString(SCRIPTS.resolve("every-level.sql")));
            // As on a server whose data was not all written a minute ago: autovacuum has set the
            // visibility maps (index-only scans need not visit the table) and a checkpoint has written
            // the pages out, instead of the checkpointer doing it during the timed runs.
            statement.execute("vacuum analyze");
            statement.execute("checkpoint");
        }
        System.out.printf("ROLLUP seeded in %.1f s: %s%n", (System.nanoTime() - started) / 1e9,
                jdbc.sql("""
                        select (select count(*) from organisation) || ' unions, '
                               || (select count(*) from hardship_file) || ' files, '
                               || (select count(*) from disbursement_line where status = 'PAID') || ' paid lines ('
                               || (select count(*) from disbursement_line where recipient_id is not null)
                               || ' to named recipients), '
                               || (select count(*) from disbursement_batch) || ' batches, '
                               || (select count(*) from fund_receipt) || ' receipts, '
                               || (select count(*) from visit) || ' visits (whole database)'
                        """).query(String.class).single());
    }

    /** Every union's totals by cell key, as the hand-written statement gives them (absent = zero). */
    private Map<Long, Map<String, BigDecimal>> baseline(String sql, OrganisationPath path, ReportingSpan span) {
        Map<Long, Map<String, BigDecimal>> totals = new HashMap<>();
        jdbc.sql(sql).param("lower", path.lowerBound()).param("upper", path.upperBound())
                .param("campaigns", span.campaignIds().toArray(Long[]::new)).param("from", span.from())
                .param("to", span.to()).query(rs -> {
                    ResultSetMetaData meta = rs.getMetaData();
                    Map<String, BigDecimal> cells = new HashMap<>();
                    for (int column = 2; column <= meta.getColumnCount(); column++) {
                        BigDecimal value = rs.getBigDecimal(column);
                        if (value != null) {
                            cells.put(meta.getColumnLabel(column), value);
                        }
                    }
                    totals.put(rs.getLong(1), cells);
                });
        return totals;
    }

    private static int compare(SubtreeTables computed, Map<Long, Map<String, BigDecimal>> baseline,
            List<TableDefinition> tables) {
        assertThat(baseline.keySet()).hasSize(computed.unionIds().length);
        int compared = 0;
        List<String> differences = new ArrayList<>();
        for (long union : computed.unionIds()) {
            Map<String, BigDecimal> expected = baseline.get(union);
            for (TableDefinition table : tables) {
                for (var cell : computed.totals(union, table.code()).entrySet()) {
                    BigDecimal wanted = expected.getOrDefault(cell.getKey(), BigDecimal.ZERO);
                    if (cell.getValue().compareTo(wanted) != 0 && differences.size() < 20) {
                        differences.add(union + " " + cell.getKey() + ": " + cell.getValue() + " ≠ " + wanted);
                    }
                    compared++;
                }
            }
        }
        assertThat(differences).isEmpty();
        BigDecimal province = computed.total(computed.unionIds()[0], tables.get(0).code(), "helped.total.cashAmount");
        assertThat(province).isPositive();
        assertThat(computed.total(computed.unionIds()[0], tables.get(0).code(), "named.models.people")).isPositive();
        assertThat(computed.total(computed.unionIds()[0], tables.get(0).code(), "enterprises.total.count"))
                .isPositive();
        return compared;
    }

    /** Other builds on the same cores move the figures: the run says how busy the machine was. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void print(String what, long[] nanos) {
        System.out.printf("ROLLUP %s: median %.2f s [%.2f–%.2f]%n", what, Runs.median(nanos) / 1e9,
                Runs.min(nanos) / 1e9, Runs.max(nanos) / 1e9);
    }
}
