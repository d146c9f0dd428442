package org.unionaid.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.reporting.table.CellSource;
import org.unionaid.reporting.table.Measures;
import org.unionaid.reporting.table.SubtreeRollUp;
import org.unionaid.reporting.table.SubtreeTables;
import org.unionaid.reporting.table.TableDefinition;
import org.unionaid.reporting.table.TableDefinitions;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Every union's statistics tables of a province (19,911 unions in 5 levels, 200,000 files, 1,000,000
 * paid lines) computed bottom-up by {@link SubtreeRollUp}, against a hand-written set-based SQL
 * aggregate of the same numbers ({@code benchmarks/reporting/baseline.sql}) in the same run, and the
 * provincial table alone; medians of three, after one warm-up. Both computations must give the same
 * figure in every cell of every union. Not part of the build: {@code benchmarks/reporting/run.sh} runs it.
 */
@Tag("benchmark")
@WebIntegrationTest
class RollUpBenchmark {

    private static final Path SCRIPTS = Path.of("..", "benchmarks", "reporting");
    private static final int RUNS = Integer.getInteger("rollup.runs", 3);
    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    private static final LocalDate TO = LocalDate.of(2027, 2, 28);

    @Autowired
    SubtreeRollUp rollUp;

    @Autowired
    TableDefinitions definitions;

    @Autowired
    Measures measures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void everyTableOfAProvinceBottomUp() throws Exception {
        seed();
        long root = jdbc.sql("select id from organisation where code = 'R-P'").query(Long.class).single();
        OrganisationPath path = new OrganisationPath(
                jdbc.sql("select path from organisation where id = :id").param("id", root).query(String.class).single());
        long campaign = jdbc.sql("select id from campaign where name = '2027年元旦春节送温暖（汇总基准）'").query(Long.class)
                .single();
        List<TableDefinition> tables = definitions.all();
        String baselineSql = Files.readString(SCRIPTS.resolve("baseline.sql"));

        SubtreeTables computed = rollUp.rollUp(root, campaign, tables);
        Map<Long, Map<String, BigDecimal>> baseline = baseline(baselineSql, path, campaign);
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
            rollUp.rollUp(root, campaign, tables);
            rollUps[run] = System.nanoTime() - started;
            started = System.nanoTime();
            baseline(baselineSql, path, campaign);
            baselines[run] = System.nanoTime() - started;
            started = System.nanoTime();
            rollUp.rollUp(root, campaign, tables).table(root, TableDefinitions.WARMTH);
            provincials[run] = System.nanoTime() - started;
            started = System.nanoTime();
            measures.eachOwnFact(path, campaign, FROM, TO, wanted, (union, key, value) -> { });
            statements[run] = System.nanoTime() - started;
        }
        System.out.printf("ROLLUP %,d unions, %,d cells compared, all equal; load average after the runs: %s%n",
                computed.unionIds().length, compared, loadAverage());
        print("SubtreeRollUp, every union", rollUps);
        print("hand-written SQL aggregate, every union", baselines);
        print("provincial table", provincials);
        print("the measures' statements alone, one after the other on one connection", statements);
        System.out.printf("ROLLUP ratio SubtreeRollUp / SQL aggregate: %.2f×%n",
                (double) Runs.median(rollUps) / Runs.median(baselines));
    }

    private void seed() throws Exception {
        if (jdbc.sql("select count(*) from organisation where code = 'R-P'").query(Long.class).single() > 0) {
            return;
        }
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(Files.readString(SCRIPTS.resolve("seed.sql")));
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
                               || (select count(*) from disbursement_line where status = 'PAID') || ' paid lines, '
                               || (select count(*) from disbursement_batch) || ' batches, '
                               || (select count(*) from fund_receipt) || ' receipts, '
                               || (select count(*) from visit) || ' visits (whole database)'
                        """).query(String.class).single());
    }

    /** Every union's totals by cell key, as the hand-written statement gives them (absent = zero). */
    private Map<Long, Map<String, BigDecimal>> baseline(String sql, OrganisationPath path, long campaign) {
        Map<Long, Map<String, BigDecimal>> totals = new HashMap<>();
        jdbc.sql(sql).param("lower", path.lowerBound()).param("upper", path.upperBound()).param("campaign", campaign)
                .param("from", FROM).param("to", TO).query(rs -> {
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
        BigDecimal province = computed.total(computed.unionIds()[0], TableDefinitions.WARMTH, "helped.total.cashAmount");
        assertThat(province).isPositive();
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
