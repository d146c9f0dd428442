package org.unionaid.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.reporting.table.SubtreeRollUp;
import org.unionaid.reporting.table.SubtreeTables;
import org.unionaid.reporting.table.TableDefinition;
import org.unionaid.reporting.table.TableDefinitions;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * How the statistics roll-up grows with the data (issue 20): one, two and four provinces of the roll-up
 * benchmark's size (each 19,911 unions, 200,000 files, 1,000,000 paid lines, {@code seed.sql} with the
 * province's codes renamed) under one national union, all paid in one campaign; at each size every
 * union's tables of the whole tree by {@link SubtreeRollUp} and by the hand-written SQL aggregate
 * ({@code baseline.sql}), checked equal in every cell once, then medians of three. Provinces are added to
 * the same database between sizes. Not part of the build: {@code benchmarks/reporting/growth.sh} runs it.
 */
@Tag("benchmark")
@WebIntegrationTest
class RollUpGrowthBenchmark {

    private static final Path SCRIPTS = Path.of("..", "benchmarks", "reporting");
    private static final int RUNS = Integer.getInteger("rollup.runs", 3);
    private static final String CAMPAIGN = "2027年元旦春节送温暖（汇总基准）";
    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    private static final LocalDate TO = LocalDate.of(2027, 2, 28);

    @Autowired
    SubtreeRollUp rollUp;

    @Autowired
    TableDefinitions definitions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void theRollUpOfOneTwoAndFourProvinces() throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("rollup.provinces", "1,2,4").split(","))
                .mapToInt(Integer::parseInt).toArray();
        String seed = Files.readString(SCRIPTS.resolve("seed.sql"));
        String baselineSql = Files.readString(SCRIPTS.resolve("baseline.sql"));
        execute("""
                insert into organisation (id, code, name, type, parent_id, path, region_code)
                select id, 'R-N', '汇总基准全国总工会', 'NATIONAL', null, '/' || id || '/', '330000'
                  from (select nextval('organisation_seq') as id) n
                 where not exists (select 1 from organisation where code = 'R-N')
                """);
        long root = jdbc.sql("select id from organisation where code = 'R-N'").query(Long.class).single();
        OrganisationPath path = new OrganisationPath(
                jdbc.sql("select path from organisation where id = :id").param("id", root).query(String.class).single());
        List<TableDefinition> tables = definitions.all();
        int seeded = jdbc.sql("select count(*) from organisation where parent_id = :root").param("root", root)
                .query(Long.class).single().intValue();
        for (int provinces : sizes) {
            while (seeded < provinces) {
                seeded++;
                long started = System.nanoTime();
                // The pool hands back a connection whose temporary tables the previous province left.
                execute("discard temp;\n" + province(seed, seeded));
                execute("vacuum analyze");
                execute("checkpoint");
                System.out.printf("ROLLUP-GROWTH province %d seeded in %.1f s%n", seeded,
                        (System.nanoTime() - started) / 1e9);
            }
            long campaign = jdbc.sql("select id from campaign where name = :name").param("name", CAMPAIGN)
                    .query(Long.class).single();
            SubtreeTables computed = rollUp.rollUp(root, campaign, tables);
            compare(computed, baseline(baselineSql, path, campaign), tables);
            long[] rollUps = new long[RUNS];
            long[] baselines = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                long started = System.nanoTime();
                rollUp.rollUp(root, campaign, tables);
                rollUps[run] = System.nanoTime() - started;
                started = System.nanoTime();
                baseline(baselineSql, path, campaign);
                baselines[run] = System.nanoTime() - started;
            }
            System.out.printf("ROLLUP-GROWTH %d province(s): %,d unions, %s paid lines, %s; SubtreeRollUp median %.2f s "
                    + "[%.2f–%.2f], SQL aggregate median %.2f s [%.2f–%.2f]; heap used %d MB; load %s%n", provinces,
                    computed.unionIds().length, jdbc.sql("select count(*) from disbursement_line where status = 'PAID'")
                            .query(Long.class).single(),
                    jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single(),
                    Runs.median(rollUps) / 1e9, Runs.min(rollUps) / 1e9, Runs.max(rollUps) / 1e9,
                    Runs.median(baselines) / 1e9, Runs.min(baselines) / 1e9, Runs.max(baselines) / 1e9,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
                    Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    /** The seed of province {@code n}: its own codes, logins and people, under the national union, one campaign. */
    private static String province(String seed, int n) {
        String script = seed.replace("'PROVINCE', null, '/' || id || '/'",
                "'PROVINCE', (select id from organisation where code = 'R-N'), "
                        + "(select path from organisation where code = 'R-N') || id || '/'")
                .replace("  from bench_user;\n\ncreate temporary table bench_campaign",
                        "  from bench_user where not exists (select 1 from campaign where name = '" + CAMPAIGN + "');\n\n"
                                + "create temporary table bench_campaign");
        if (n > 1) {
            script = script.replace("R-P", "R-P" + n).replace("'rollup.clerk'", "'rollup.clerk" + n + "'")
                    .replace("'rollup.approver'", "'rollup.approver" + n + "'")
                    .replace("'rsealed' ||", "'rsealed" + n + "' ||").replace("'rworker' ||", "'rworker" + n + "' ||");
        }
        return script;
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

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

    private static void compare(SubtreeTables computed, Map<Long, Map<String, BigDecimal>> baseline,
            List<TableDefinition> tables) {
        assertThat(baseline.keySet()).hasSize(computed.unionIds().length);
        for (long union : computed.unionIds()) {
            Map<String, BigDecimal> expected = baseline.get(union);
            for (TableDefinition table : tables) {
                for (var cell : computed.totals(union, table.code()).entrySet()) {
                    assertThat(cell.getValue()).as("%s %s", union, cell.getKey())
                            .isEqualByComparingTo(expected.getOrDefault(cell.getKey(), BigDecimal.ZERO));
                }
            }
        }
    }
}
