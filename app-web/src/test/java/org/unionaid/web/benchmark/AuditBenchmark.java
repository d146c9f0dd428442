package org.unionaid.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.anomaly.AnomalyCheck;
import org.unionaid.domain.anomaly.AnomalyRule;
import org.unionaid.domain.anomaly.AnomalyRun;
import org.unionaid.domain.anomaly.AnomalyDetection;
import org.unionaid.domain.anomaly.AnomalyStore;
import org.unionaid.domain.anomaly.AuditSettings;
import org.unionaid.domain.anomaly.Hit;
import org.unionaid.domain.anomaly.RecordRef;
import org.unionaid.domain.anomaly.RunContext;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.JournalEntryDraft;
import org.unionaid.domain.ledger.JournalLine;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Every anomaly rule over the province of the roll-up benchmark (19,911 unions, 200,000 files, 1,000,000 paid lines;
 * {@code benchmarks/reporting/seed.sql}), made a province that keeps its records and planted with three hits of each
 * rule ({@code benchmarks/audit/seed.sql}, whose ledger entries are posted here through the {@link Ledger}): a whole
 * run against the sum of the rules' bare statements measured in the same round, the planted hits found exactly (no
 * more, no fewer), and the desk's first page from the stored run.
 * Not part of the build: {@code benchmarks/audit/run.sh} runs it ({@code -Daudit.files=2000} seeds a small province
 * to try the seed quickly).
 */
@Tag("benchmark")
@WebIntegrationTest
class AuditBenchmark {

    private static final Path REPORTING = Path.of("..", "benchmarks", "reporting");
    private static final Path AUDIT = Path.of("..", "benchmarks", "audit");
    private static final int RUNS = Integer.getInteger("audit.runs", 3);
    private static final int FILES = Integer.getInteger("audit.files", 200_000);

    @Autowired
    AnomalyDetection runs;
    @Autowired
    AnomalyStore store;
    @Autowired
    AuditSettings settings;
    @Autowired
    List<AnomalyCheck> checks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers demo;
    @Autowired
    Ledger ledger;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyRuleOverAProvinceInOneRun() throws Exception {
        seed();
        long root = jdbc.sql("select id from organisation where code = 'R-P'").query(Long.class).single();
        OrganisationPath path = new OrganisationPath(jdbc.sql("select path from organisation where id = :id")
                .param("id", root).query(String.class).single());
        long auditorId = jdbc.sql("select id from user_account where login_name = 'audit.bench'").query(Long.class)
                .single();
        Actor auditor = new Actor(auditorId, "audit.bench", root, path, EnumSet.of(Role.AUDITOR), "127.0.0.1");
        List<AnomalyCheck> ordered = checks.stream().sorted(Comparator.comparing(AnomalyCheck::rule)).toList();

        long warmUp = runs.start(auditor).id();
        runs.execute(warmUp);
        int planted = checkPlanted(warmUp, path);

        long[] wholeRuns = new long[RUNS];
        long[] bareSums = new long[RUNS];
        Map<AnomalyRule, long[]> bare = new TreeMap<>();
        Map<AnomalyRule, long[]> inRun = new TreeMap<>();
        long lastRun = warmUp;
        for (int round = 0; round < RUNS; round++) {
            RunContext context = new RunContext(-1, path, LocalDate.of(2026, 12, 3), settings.current());
            long sum = 0;
            for (AnomalyCheck check : ordered) {
                long started = System.nanoTime();
                check.count(context);
                long took = System.nanoTime() - started;
                bare.computeIfAbsent(check.rule(), r -> new long[RUNS])[round] = took;
                sum += took;
            }
            bareSums[round] = sum;
            long started = System.nanoTime();
            lastRun = runs.start(auditor).id();
            runs.execute(lastRun);
            wholeRuns[round] = System.nanoTime() - started;
            final int at = round;
            runs.results(auditor, lastRun).forEach(r -> inRun.computeIfAbsent(r.rule(), k -> new long[RUNS])[at] =
                    r.elapsedMillis() * 1_000_000);
        }
        assertThat(store.run(lastRun).orElseThrow().status()).isEqualTo(AnomalyRun.Status.DONE);

        long[] desk = new long[10];
        long[] floor = new long[10];
        long[] reads = new long[10];
        for (int i = -3; i < desk.length; i++) {
            long started = System.nanoTime();
            mvc.perform(get("/audit/desk").with(demo.as("audit.bench"))).andExpect(status().isOk());
            long page = System.nanoTime() - started;
            started = System.nanoTime();
            mvc.perform(get("/account/password").with(demo.as("audit.bench"))).andExpect(status().isOk());
            long simple = System.nanoTime() - started;
            started = System.nanoTime();
            runs.latest(auditor).ifPresent(run -> runs.results(auditor, run.id()));
            runs.recent(auditor);
            long read = System.nanoTime() - started;
            if (i >= 0) {
                desk[i] = page;
                floor[i] = simple;
                reads[i] = read;
            }
        }

        System.out.printf("AUDIT %s; %,d planted hits found exactly; load average after the runs: %s%n",
                jdbc.sql("""
                        select (select count(*) from organisation) || ' unions, '
                               || (select count(*) from hardship_file) || ' files, '
                               || (select count(*) from disbursement_line where status = 'PAID') || ' paid lines'
                        """).query(String.class).single(), planted, loadAverage());
        bare.forEach((rule, nanos) -> System.out.printf("AUDIT %-11s %-28s bare %7.0f ms, in the run %7.0f ms%n",
                rule.ruleId(), rule, Runs.median(nanos) / 1e6, Runs.median(inRun.get(rule)) / 1e6));
        print("sum of the rules' bare statements", bareSums);
        print("whole run (started, every rule stored, finished)", wholeRuns);
        System.out.printf("AUDIT ratio run / bare statements: %.2f× (target ≤ 2×)%n",
                (double) Runs.median(wholeRuns) / Runs.median(bareSums));
        System.out.printf("AUDIT desk first page from the stored run: median %.0f ms [%.0f–%.0f] (target < 300 ms)%n",
                Runs.median(desk) / 1e6, Runs.min(desk) / 1e6, Runs.max(desk) / 1e6);
        System.out.printf("AUDIT of which the desk's reads: median %.0f ms; the password page, for comparison: "
                + "median %.0f ms%n", Runs.median(reads) / 1e6, Runs.median(floor) / 1e6);
    }

    /** Every rule's hits in the province are exactly the planted ones, record for record. */
    private int checkPlanted(long runId, OrganisationPath path) {
        Map<String, Map<Long, Set<String>>> planted = new HashMap<>();
        jdbc.sql("select rule, hit, record from audit_bench_planted").query(rs -> {
            planted.computeIfAbsent(rs.getString("rule"), k -> new HashMap<>())
                    .computeIfAbsent(rs.getLong("hit"), k -> new TreeSet<>()).add(rs.getString("record"));
        });
        List<Hit> hits = new ArrayList<>(store.hits(runId, path, null, true, PageRequest.of(0, 10_000)).getContent());
        Map<String, List<Set<String>>> found = new HashMap<>();
        for (Hit hit : hits) {
            Set<String> records = new TreeSet<>();
            hit.records().stream().map(RecordRef::toString).forEach(records::add);
            found.computeIfAbsent(hit.rule().name(), k -> new ArrayList<>()).add(records);
        }
        for (AnomalyRule rule : AnomalyRule.values()) {
            List<Set<String>> expected = new ArrayList<>(planted.getOrDefault(rule.name(), Map.of()).values());
            assertThat(found.getOrDefault(rule.name(), List.of())).as(rule.ruleId() + " " + rule)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        return hits.size();
    }

    private void seed() throws Exception {
        if (jdbc.sql("select count(*) from organisation where code = 'R-P'").query(Long.class).single() > 0) {
            return;
        }
        long started = System.nanoTime();
        String reporting = Files.readString(REPORTING.resolve("seed.sql"));
        if (FILES != 200_000) {
            reporting = reporting.replace("generate_series(1, 200000)", "generate_series(1, " + FILES + ")");
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(reporting);
            statement.execute(Files.readString(AUDIT.resolve("seed.sql")));
            postPlantedMoney();
            statement.execute("""
                    insert into user_account (id, login_name, display_name, organisation_id, password_hash)
                    values (nextval('user_account_seq'), 'audit.bench', '审计基准', (select id from organisation
                            where code = 'R-P'), '{noop}x')
                    """);
            statement.execute("insert into user_role select id, 'AUDITOR' from user_account where login_name = 'audit.bench'");
            statement.execute("vacuum analyze");
            statement.execute("checkpoint");
        }
        System.out.printf("AUDIT seeded in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /**
     * The ledger entries seed.sql lists (audit_bench_posting), posted in order through the {@link Ledger}, so that the
     * unions' hash chains and ring-fenced balances are what the application would have written (R-FUND-01); each
     * entry is then named on its receipt or allocation, as the use cases name it.
     */
    private void postPlantedMoney() {
        long clerk = jdbc.sql("select id from user_account where login_name = 'rollup.clerk'").query(Long.class)
                .single();
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        List<PlannedEntry> planned = jdbc.sql("select * from audit_bench_posting order by step")
                .query((rs, row) -> new PlannedEntry(EntryKind.valueOf(rs.getString("kind")),
                        new DocumentRef(rs.getString("document_type"), rs.getLong("document_id")),
                        rs.getLong("campaign_id"),
                        rs.getLong("out_union_id"), AccountKind.valueOf(rs.getString("out_kind")),
                        rs.getLong("in_union_id"), AccountKind.valueOf(rs.getString("in_kind")),
                        FundSource.valueOf(rs.getString("source")), FundPurpose.valueOf(rs.getString("purpose")),
                        rs.getBigDecimal("amount"), rs.getObject("anchor", Long.class)))
                .list();
        for (PlannedEntry entry : planned) {
            inTransaction.executeWithoutResult(status -> {
                Money amount = Money.of(entry.amount());
                JournalEntryDraft draft = new JournalEntryDraft(entry.kind(), entry.document(), entry.campaignId(),
                        "审计基准", List.of(
                                JournalLine.of(entry.outUnion(), entry.outKind(), entry.source(), entry.purpose(),
                                        amount.negated()),
                                JournalLine.of(entry.inUnion(), entry.inKind(), entry.source(), entry.purpose(),
                                        amount)),
                        entry.anchor());
                long posted = ledger.post(draft, clerk).id();
                String table = switch (entry.document().type()) {
                    case "fund_receipt" -> "fund_receipt";
                    case "allocation" -> "allocation";
                    default -> throw new IllegalStateException("no entry to name on " + entry.document());
                };
                jdbc.sql("update " + table + " set entry_id = :entry where id = :id").param("entry", posted)
                        .param("id", entry.document().id()).update();
            });
        }
    }

    private record PlannedEntry(EntryKind kind, DocumentRef document, long campaignId, long outUnion,
            AccountKind outKind, long inUnion, AccountKind inKind, FundSource source, FundPurpose purpose,
            BigDecimal amount, Long anchor) {
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void print(String what, long[] nanos) {
        System.out.printf("AUDIT %s: median %.2f s [%.2f–%.2f]%n", what, Runs.median(nanos) / 1e9,
                Runs.min(nanos) / 1e9, Runs.max(nanos) / 1e9);
    }
}
