package org.unionaid.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.assistance.Delegation;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.BatchLine;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.Handover;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.ledger.ChainReport;
import org.unionaid.domain.ledger.ChainVerification;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.persistence.testsupport.TestKeys;
import org.unionaid.reporting.table.TableDefinitions;
import org.unionaid.reporting.statistics.ReportingPeriod;
import org.unionaid.reporting.statistics.StatisticsReporting;
import org.unionaid.reporting.statistics.SummaryWriting;
import org.unionaid.web.UnionAidApplication;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.InPerson;
import org.unionaid.web.support.ReportingFixture;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * The restore drill an operator runs before the campaign, as a test: the application on its own embedded
 * PostgreSQL in a folder of its own, with files, a paid batch and a submitted table; a backup taken while
 * it runs; the data folder destroyed; the backup restored; the application started again on it. Every
 * ledger chain must verify with the same head and every table hold the same number of rows. The backup
 * must hold no personal-data key. Specifies R-OPS-02 (docs/rules.md).
 */
class RestoreDrillTest {

    @TempDir
    Path folder;

    @Test
    void aBackupTakenWhileRunningIsRestoredAfterTheDataFolderIsLost() throws Exception {
        Path data = folder.resolve("data/postgres");
        Path backup = folder.resolve("backup-2027-01-05");
        int port = freePort();

        Map<Long, String> heads;
        Map<String, Long> counts;
        try (ConfigurableApplicationContext running = start(data, port)) {
            makeData(running);
            assertThat(command("backup", backup.toString(), "--data=" + data, "--port=" + port)).isZero();
            assertThat(command("restore", backup.toString(), "--data=" + data, "--replace"))
                    .as("a running installation is never restored over").isEqualTo(1);
            heads = heads(running);
            counts = counts(running);
        }
        assertThat(heads).isNotEmpty();
        assertThat(counts).containsKeys("hardship_file", "disbursement_batch", "report_version", "ledger_posting");

        deleteTree(data);
        assertThat(command("restore", backup.toString(), "--data=" + data)).isZero();

        try (ConfigurableApplicationContext restored = start(data, port)) {
            assertThat(heads(restored)).isEqualTo(heads);
            assertThat(counts(restored)).isEqualTo(counts);
        }
        assertNoKeyIn(backup);
    }

    private static ConfigurableApplicationContext start(Path data, int port) {
        return new SpringApplicationBuilder(UnionAidApplication.class).run("--server.port=0",
                "--spring.jmx.enabled=false", "--unionaid.demo-data.enabled=true",
                "--unionaid.embedded-postgres.enabled=true", "--unionaid.embedded-postgres.data-directory=" + data,
                "--unionaid.embedded-postgres.port=" + port, "--unionaid.clock.starts-at=" + WebIntegrationTest.STARTS_AT,
                "--unionaid.personal-data.encryption-key=" + TestKeys.ENCRYPTION,
                "--unionaid.personal-data.index-key=" + TestKeys.INDEX,
                "--unionaid.ledger.checkpoint-key=" + WebIntegrationTest.CHECKPOINT_KEY);
    }

    /** A file, a batch paid in cash through the use cases, and the union's statistics table submitted. */
    private static void makeData(ConfigurableApplicationContext context) {
        DemoUsers demo = context.getBean(DemoUsers.class);
        Disbursement disbursement = context.getBean(Disbursement.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            HardshipFile worker = context.getBean(ApprovedFiles.class).approvedWithCard("演练甲", FileLevel.COUNTY);
            Campaign campaign = context.getBean(CampaignAdministration.class).create(demo.actor("approver"),
                    new CampaignDraft("恢复演练", today.getYear(), today.minusDays(1), today.plusDays(30),
                            today.plusDays(40), null, Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "500")),
                            Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS))));
            context.getBean(FundIntake.class).record(demo.actor("finance"), new ReceiptDraft(campaign.id(),
                    FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "100000", today, "YL-" + campaign.id(), null,
                    null, null));
            Batch batch = disbursement.create(demo.actor("finance"), campaign.id(), FundSource.OWN_UNION_FUNDS,
                    FundPurpose.CONDOLENCE, PaymentMethod.CASH, null);
            disbursement.fill(demo.actor("finance"), batch.id(), HardshipCategory.DEEP, null);
            disbursement.approve(demo.actor("approver"), batch.id());
            BatchLine line = disbursement.lines(demo.actor("finance"), batch.id()).stream()
                    .filter(l -> l.fileId() == worker.getId()).findFirst().orElseThrow();
            InPerson inPerson = context.getBean(InPerson.class);
            Delegation delegation = inPerson.districtDelegation("刘强");
            inPerson.homeVisit(delegation, worker.getId(), today);
            inPerson.signedRoster(batch.id());
            context.getBean(Handover.class).handOver(demo.actor("finance"), line.id(), delegation.id(), null);
            // the province's reporting period over the campaign's days; the table goes up with its summary (R-STAT-03)
            ReportingPeriod period = context.getBean(ReportingFixture.class).period(today.getYear() + 1,
                    today.minusDays(1), today.plusDays(30), today.plusDays(60), 2);
            context.getBean(SummaryWriting.class).saveText(demo.actor("clerk"), period.id(), "恢复演练的总结");
            context.getBean(StatisticsReporting.class).submit(demo.actor("clerk"), period.id(), TableDefinitions.WARMTH);
        });
    }

    /** Every union's chain, verified: postings proved and head hash. */
    private static Map<Long, String> heads(ConfigurableApplicationContext context) {
        ChainVerification verification = context.getBean(ChainVerification.class);
        Map<Long, String> heads = new TreeMap<>();
        for (long union : context.getBean(JdbcClient.class).sql("select union_id from ledger_chain_head")
                .query(Long.class).list()) {
            ChainReport report = verification.verify(union);
            assertThat(report.intact()).as("chain of union %s", union).isTrue();
            heads.put(union, report.postingsVerified() + " " + report.headHash().hex());
        }
        return heads;
    }

    /** Rows per table, but for the sessions, locks and throttle of the running nodes. */
    private static Map<String, Long> counts(ConfigurableApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.sql("""
                select table_name from information_schema.tables
                 where table_schema = 'public' and table_type = 'BASE TABLE'
                   and table_name not in ('spring_session', 'spring_session_attributes', 'shedlock', 'login_failure')
                """).query(String.class).list()) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    private static void assertNoKeyIn(Path backup) throws IOException {
        List<byte[]> secrets = List.of(TestKeys.ENCRYPTION.getBytes(StandardCharsets.US_ASCII),
                TestKeys.INDEX.getBytes(StandardCharsets.US_ASCII), Base64.getDecoder().decode(TestKeys.ENCRYPTION),
                Base64.getDecoder().decode(TestKeys.INDEX),
                WebIntegrationTest.CHECKPOINT_KEY.getBytes(StandardCharsets.US_ASCII),
                Base64.getDecoder().decode(WebIntegrationTest.CHECKPOINT_KEY));
        try (Stream<Path> files = Files.walk(backup)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                for (byte[] secret : secrets) {
                    assertThat(indexOf(content, secret)).as("a personal-data key in %s", file).isEqualTo(-1);
                }
            }
        }
    }

    private static int indexOf(byte[] content, byte[] secret) {
        outer:
        for (int i = 0; i + secret.length <= content.length; i++) {
            for (int j = 0; j < secret.length; j++) {
                if (content[i + j] != secret[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int command(String... args) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int code = BackupCommand.run(new PrintStream(output, true, StandardCharsets.UTF_8), args);
        System.out.println(output.toString(StandardCharsets.UTF_8));
        return code;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
