package org.unionaid.web.bankfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.bankfile.BankFileGeneration;
import org.unionaid.domain.bankfile.BankFileInspection;
import org.unionaid.domain.bankfile.BankReturnImport;
import org.unionaid.domain.bankfile.ReturnReport;
import org.unionaid.domain.bankfile.TemplateAdministration;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.BatchLine;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.hardship.ExitReason;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.security.Actor;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Twenty finance sessions import the same bank return at the same instant, half of them a copy saved with
 * other line ends (so another SHA-256): each in its own transaction, on committed data. Every line is
 * settled once, and the ledger moves its money once.
 */
@WebIntegrationTest
class ConcurrentReturnImportTest {

    private static final int IMPORTS = 20;

    @Autowired
    BankFileGeneration generation;

    @Autowired
    BankReturnImport returnImport;

    @Autowired
    BankFileInspection inspection;

    @Autowired
    TemplateAdministration templates;

    @Autowired
    Disbursement disbursement;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    FundIntake intake;

    @Autowired
    ApprovedFiles files;

    @Autowired
    FileRegistration registration;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demo;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    private record Sent(Batch batch, List<BatchLine> lines, Map<Long, HardshipFile> payees) {
    }

    @Test
    void twentyImportsOfOneReturnAtOnceSettleEachLineOnce() throws Exception {
        TransactionTemplate committed = new TransactionTemplate(transactions);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Actor finance = demo.actor("finance");
        Sent sent = committed.execute(status -> {
            Campaign campaign = BankFileTest.fundedCampaign(campaigns, intake, demo, clock);
            HardshipFile first = files.approvedWithCard("并发甲" + tag, FileLevel.COUNTY);
            HardshipFile second = files.approvedWithCard("并发乙" + tag, FileLevel.COUNTY);
            HardshipFile third = files.approvedWithCard("并发丙" + tag, FileLevel.COUNTY);
            Batch batch = BankFileTest.approvedBatch(disbursement, demo, campaign, first, second, third);
            generation.generate(finance, batch.id(), BankFileTest.template(templates, demo, BankFileTest.CSV), false,
                    null);
            return new Sent(batch, disbursement.lines(finance, batch.id()),
                    Map.of(first.getId(), first, second.getId(), second, third.getId(), third));
        });
        List<String> rows = new ArrayList<>();
        for (BatchLine line : sent.lines()) {
            boolean fails = line.workerName().startsWith("并发乙");
            rows.add(BankFileTest.row(line, sent.payees().get(line.fileId()), line.amount().toString(),
                    fails ? "失败" : "成功", fails ? "账户已冻结" : ""));
        }
        byte[] windows = BankFileTest.returnFile(StandardCharsets.UTF_8, rows.toArray(String[]::new));
        byte[] unix = (String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
        long district = sent.batch().payingUnionId();
        Money disbursedBefore = balance(district, AccountKind.DISBURSED);
        Money committedBefore = balance(district, AccountKind.COMMITTED);

        CyclicBarrier together = new CyclicBarrier(IMPORTS);
        List<Callable<ReturnReport>> imports = new ArrayList<>();
        for (int i = 0; i < IMPORTS; i++) {
            byte[] content = i % 2 == 0 ? windows : unix;
            imports.add(() -> {
                together.await(30, TimeUnit.SECONDS);
                return returnImport.importReturn(finance, sent.batch().id(), "return.csv", content);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(IMPORTS);
        List<ReturnReport> reports = new ArrayList<>();
        try {
            for (Future<ReturnReport> report : pool.invokeAll(imports, 120, TimeUnit.SECONDS)) {
                reports.add(report.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<ReturnReport> applied = reports.stream().filter(ReturnReport::applied).toList();
        assertThat(applied).as("one import per distinct file").hasSize(2);
        assertThat(reports).filteredOn(r -> r.outcome() == ReturnReport.Outcome.ALREADY_IMPORTED).hasSize(IMPORTS - 2);
        assertThat(applied.stream().mapToInt(r -> r.paid().count()).sum()).isEqualTo(2);
        assertThat(applied.stream().mapToInt(r -> r.failed().count()).sum()).isEqualTo(1);
        assertThat(applied.stream().mapToInt(ReturnReport::unchanged).sum()).isEqualTo(3);
        Money paid = Money.ZERO;
        Money total = Money.ZERO;
        for (BatchLine line : disbursement.lines(finance, sent.batch().id())) {
            assertThat(line.status()).isIn(LineStatus.PAID, LineStatus.FAILED);
            total = total.plus(line.amount());
            if (line.status() == LineStatus.PAID) {
                paid = paid.plus(line.amount());
            }
        }
        // The two files applied posted one entry per outcome each, for exactly the lines they changed: no
        // line's money moved twice.
        assertThat(jdbc.sql("""
                select coalesce(sum(p.amount), 0) from ledger_entry e join ledger_posting p on p.entry_id = e.id
                 where e.document_type = 'bank_return' and p.account_kind = 'COMMITTED'
                   and e.document_id in (select id from bank_return where batch_id = :batch)
                """).param("batch", sent.batch().id()).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo(total.negated().toBigDecimal());
        assertThat(jdbc.sql("""
                select count(*) from ledger_entry where document_type = 'bank_return'
                   and document_id in (select id from bank_return where batch_id = :batch)
                """).param("batch", sent.batch().id()).query(Long.class).single())
                .isEqualTo(applied.stream().mapToLong(r -> (r.paid().count() > 0 ? 1 : 0) + (r.failed().count() > 0 ? 1 : 0))
                        .sum());
        assertThat(balance(district, AccountKind.DISBURSED)).isEqualTo(disbursedBefore.plus(paid));
        assertThat(balance(district, AccountKind.COMMITTED)).isEqualTo(committedBefore.minus(total));
        assertThat(inspection.reconciliation(finance, sent.batch().id()).balanced()).isTrue();
        assertThat(ledger.balancesMatchPostings()).isTrue();

        // Leave no payable households behind for other tests' batches.
        committed.executeWithoutResult(status -> sent.payees().keySet().forEach(id ->
                registration.exit(demo.actor("approver"), id, ExitReason.OTHER, "并发测试结束")));
    }

    private Money balance(long union, AccountKind kind) {
        return ledger.balance(union, kind, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE);
    }
}
