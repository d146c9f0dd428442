package org.unionaid.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.bankfile.BankFileGeneration;
import org.unionaid.domain.bankfile.BankFileInspection;
import org.unionaid.domain.bankfile.BankReturnImport;
import org.unionaid.domain.bankfile.ReturnReport;
import org.unionaid.domain.bankfile.TemplateAdministration;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.person.BankCardNumber;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.person.PersonalDataProtector.Purpose;
import org.unionaid.domain.security.Actor;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestCards;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * A batch of 100,000 lines (issue 6): fill with every payment rule, approve, bank file (generic CSV and GBK
 * fixed width), return import (98 % paid, 2 % failed), each beside a raw SQL/COPY floor measured in the same
 * run, on three batches (three campaigns paying the same files); prints medians and peak heap. Not part of the build: {@code benchmarks/disbursement/run.sh} runs it with
 * -Xmx512m. The files are seeded by cloning one approved file with SQL, each with its own sealed card.
 */
@Tag("benchmark")
@WebIntegrationTest
class DisbursementBenchmark {

    private static final String CSV = "通用 CSV（UTF-8）";
    private static final String FIXED = "工商银行代发定长（GBK）";

    @Autowired
    Disbursement disbursement;

    @Autowired
    BankFileGeneration generation;

    @Autowired
    BankReturnImport returnImport;

    @Autowired
    BankFileInspection inspection;

    @Autowired
    TemplateAdministration templates;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    FundIntake intake;

    @Autowired
    ApprovedFiles files;

    @Autowired
    Ledger ledger;

    @Autowired
    PersonalDataProtector protector;

    @Autowired
    DemoUsers demo;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    /** Each measure is taken on three batches (three campaigns paying the same files); medians are reported. */
    private static final int RUNS = 3;

    private final Map<String, long[]> floors = new java.util.LinkedHashMap<>();
    private final Map<String, long[]> times = new java.util.LinkedHashMap<>();
    private final Map<String, Long> peaks = new java.util.HashMap<>();

    @Test
    void oneHundredThousandLines() throws Exception {
        int size = Integer.getInteger("batch.lines", 100_000);
        long tea = demo.organisationId("ZJ-HZ-XH-LJ");
        long seedStarted = System.nanoTime();
        seed(size, tea);
        System.out.printf("BATCH seeded %,d approved files with sealed cards in %.1f s%n", size,
                (System.nanoTime() - seedStarted) / 1e9);
        for (int run = 0; run < RUNS; run++) {
            round(run, size, tea);
        }
        report("fill", size + " lines");
        report("approve", size + " lines");
        report("bank file CSV", size + " lines");
        report("bank file GBK", size + " lines");
        report("return import", size + " lines, 2 % failed");
        assertThat(ledger.balancesMatchPostings()).isTrue();
    }

    /** One batch of every seeded file for a new campaign: filled, approved, two bank files, the return. */
    private void round(int run, int size, long tea) throws Exception {
        Actor finance = demo.actor("finance");
        LocalDate today = LocalDate.now(clock);
        Campaign campaign = campaigns.create(demo.actor("approver"), new CampaignDraft("基准" + UUID.randomUUID(),
                today.getYear(), today.minusDays(5), today.plusDays(60), today.plusDays(70), null,
                Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "2000")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS))));
        intake.record(finance, new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                String.valueOf(2000L * (size + 1000)), today, "JZ-" + campaign.id(), null, null, null));
        Batch batch = disbursement.create(finance, campaign.id(), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                PaymentMethod.BANK_TRANSFER, null);

        floor(run, "fill", () -> fillFloor(batch.id(), campaign.id(), tea));
        Disbursement.FillReport report = (Disbursement.FillReport) measure(run, "fill",
                () -> disbursement.fill(finance, batch.id(), HardshipCategory.DEEP, tea));
        assertThat(report.added()).isGreaterThanOrEqualTo(size);

        measure(run, "approve", () -> disbursement.approve(demo.actor("approver"), batch.id()));

        floor(run, "bank file CSV", () -> fileFloor(batch.id()));
        measure(run, "bank file CSV", () -> generation.generate(finance, batch.id(), template(CSV), false, null));
        floor(run, "bank file GBK", () -> fileFloor(batch.id()));
        measure(run, "bank file GBK",
                () -> generation.generate(finance, batch.id(), template(FIXED), true, "基准：换模板"));

        byte[] returnFile = returnFile(batch.id());
        floor(run, "return import", () -> importFloor(returnFile));
        ReturnReport returned = (ReturnReport) measure(run, "return import",
                () -> returnImport.importReturn(finance, batch.id(), "return.csv", returnFile));
        assertThat(returned.outcome()).isEqualTo(ReturnReport.Outcome.APPLIED);
        assertThat(returned.paid().count() + returned.failed().count()).isEqualTo(report.added());
        assertThat(inspection.reconciliation(finance, batch.id()).balanced()).isTrue();
        System.out.printf("BATCH run %d: %,d lines, %,d paid, %,d failed%n", run + 1, report.added(),
                returned.paid().count(), returned.failed().count());
    }

    private long template(String name) {
        return templates.templates(demo.actor("finance")).stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    /** One file approved the way users approve it, cloned {@code size} times with its own name and sealed card. */
    private void seed(int size, long union) throws Exception {
        HardshipFile template = transactions.execute(s -> files.approvedWithCard("基准模板", FileLevel.COUNTY));
        StringBuilder cards = new StringBuilder();
        HexFormat hex = HexFormat.of();
        for (int i = 1; i <= size; i++) {
            String card = TestCards.withCheckDigit("622202" + String.format("%09d", 500_000_000 + i));
            cards.append(i).append('\t').append("\\\\x").append(hex.formatHex(protector.seal(Purpose.BANK_CARD, card)))
                    .append('\t').append("\\\\x").append(hex.formatHex(protector.blindIndex(Purpose.BANK_CARD, card)))
                    .append('\t').append(BankCardNumber.parse("card", card).masked()).append('\n');
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("create temporary table seed_card (i int, sealed bytea, index bytea, masked text) "
                    + "on commit drop");
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy seed_card from stdin",
                    new StringReader(cards.toString()));
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select column_name from information_schema.columns "
                    + "where table_name = 'hardship_file' and table_schema = current_schema() order by ordinal_position")) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
            List<String> values = columns.stream().map(c -> switch (c) {
                case "id" -> "nextval('hardship_file_seq')";
                case "worker_name", "bank_holder" -> "'基准' || c.i";
                case "bank_card_sealed" -> "c.sealed";
                case "bank_card_index" -> "c.index";
                case "bank_card_masked" -> "c.masked";
                case "organisation_id" -> String.valueOf(union);
                default -> "f." + c;
            }).toList();
            statement.execute("insert into hardship_file (" + String.join(", ", columns) + ") select "
                    + String.join(", ", values) + " from hardship_file f cross join seed_card c where f.id = "
                    + template.getId());
            connection.commit();
            statement.execute("analyze hardship_file");
            statement.execute("analyze disbursement_line");
        }
    }

    /**
     * The same lines by one INSERT … SELECT, the eligibility as SQL predicates; rolled back. The files already
     * paid are a hashed NOT IN, read once: as NOT EXISTS the planner probed the campaign's index range for each
     * file, and that range holds the rows this very statement inserts (invisible, but visited) — quadratic,
     * minutes at 100,000 lines.
     */
    private void fillFloor(long batchId, long campaignId, long union) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            int rows = statement.executeUpdate("""
                    insert into disbursement_line (id, batch_id, campaign_id, purpose, file_id, amount, standard,
                                                   reference, status, created_at)
                    select n.id, %d, %d, 'CONDOLENCE', f.id, s.amount, s.amount, 'UA%dL' || n.id, 'PENDING', now()
                      from hardship_file f
                      join campaign_standard s on s.campaign_id = %d and s.purpose = 'CONDOLENCE'
                                               and s.category = coalesce(f.confirmed_category, f.suggested_category)
                      cross join lateral (select nextval('disbursement_line_seq') as id) n
                     where f.organisation_id = %d and f.status = 'APPROVED'
                       and coalesce(f.confirmed_category, f.suggested_category) = 'DEEP'
                       and f.bank is not null and f.bank_holder = f.worker_name
                       and f.id not in (select l.file_id from disbursement_line l where l.campaign_id = %d
                                           and l.purpose = 'CONDOLENCE' and l.status <> 'FAILED')
                    on conflict (campaign_id, purpose, file_id) where status <> 'FAILED' do nothing
                    """.formatted(batchId, campaignId, batchId, campaignId, union, campaignId));
            assertThat(rows).isPositive();
            connection.rollback();
        }
    }

    /** The file's rows (reference, sealed card, holder, amount, bank, masked ID) COPYed out to a byte stream. */
    private void fileFloor(long batchId) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("""
                    copy (select l.id, l.reference, f.bank_card_sealed, f.bank_holder, l.amount, f.bank,
                                 f.worker_id_masked, f.worker_name
                            from disbursement_line l join hardship_file f on f.id = l.file_id
                           where l.batch_id = %d and l.status = 'PENDING' order by l.id) to stdout
                    """.formatted(batchId), out);
            assertThat(out.size()).isPositive();
        }
    }

    /** The return rows COPYed into a temporary table and applied by one UPDATE … FROM; rolled back. */
    private void importFloor(byte[] returnFile) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("create temporary table return_floor (reference text, card text, name text, "
                    + "amount numeric, status text, reason text) on commit drop");
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy return_floor from stdin (format csv)",
                    new StringReader(new String(returnFile, StandardCharsets.UTF_8)));
            int rows = statement.executeUpdate("""
                    update disbursement_line l
                       set status = case when r.status = '成功' then 'PAID' else 'FAILED' end,
                           failure_reason = nullif(r.reason, '')
                      from return_floor r where r.reference = l.reference and l.status = 'PENDING'
                    """);
            assertThat(rows).isPositive();
            connection.rollback();
        }
    }

    /** Every line of the batch: 98 % paid, every fiftieth failed. */
    private byte[] returnFile(long batchId) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select l.reference, f.bank_card_masked, f.bank_holder, l.amount
                          from disbursement_line l join hardship_file f on f.id = l.file_id
                         where l.batch_id = %d order by l.id
                        """.formatted(batchId))) {
            int n = 0;
            while (rs.next()) {
                boolean failed = ++n % 50 == 0;
                out.append(rs.getString(1)).append(',').append(rs.getString(2)).append(',').append(rs.getString(3))
                        .append(',').append(rs.getBigDecimal(4).setScale(2).toPlainString()).append(',')
                        .append(failed ? "失败" : "成功").append(',').append(failed ? "账户已销户" : "").append("\r\n");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private interface Work {
        void run() throws Exception;
    }

    private void floor(int run, String what, Work work) throws Exception {
        System.gc();
        long started = System.nanoTime();
        work.run();
        floors.computeIfAbsent(what, w -> new long[RUNS])[run] = System.nanoTime() - started;
    }

    private Object measure(int run, String what, Callable<?> work) throws Exception {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        Object result = work.call();
        times.computeIfAbsent(what, w -> new long[RUNS])[run] = System.nanoTime() - started;
        // The sum of the heap pools' peaks: an upper bound of the peak heap in use.
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        peaks.merge(what, peak, Math::max);
        return result;
    }

    private void report(String what, String size) {
        long[] time = times.get(what);
        long[] floor = floors.get(what);
        String application = String.format("application %.2f s [%.2f–%.2f]", Runs.median(time) / 1e9,
                Runs.min(time) / 1e9, Runs.max(time) / 1e9);
        if (floor == null) {
            System.out.printf("BATCH %s (%s), median of %d: %s; peak heap %d MB%n", what, size, RUNS, application,
                    peaks.get(what) / (1024 * 1024));
        } else {
            System.out.printf("BATCH %s (%s), median of %d: floor %.2f s [%.2f–%.2f]; %s; %.2f× the floor; "
                    + "peak heap %d MB%n", what, size, RUNS, Runs.median(floor) / 1e9, Runs.min(floor) / 1e9,
                    Runs.max(floor) / 1e9, application, (double) Runs.median(time) / Runs.median(floor), peaks.get(what) / (1024 * 1024));
        }
    }
}
