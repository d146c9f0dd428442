package org.unionaid.web.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.assistance.Delegation;
import org.unionaid.domain.bankfile.BankFile;
import org.unionaid.domain.bankfile.BankFileGeneration;
import org.unionaid.domain.bankfile.BankFileTemplate;
import org.unionaid.domain.bankfile.BankReturnImport;
import org.unionaid.domain.bankfile.ReturnReport;
import org.unionaid.domain.bankfile.TemplateAdministration;
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
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.security.Actor;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.InPerson;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * A household paid by bank transfer, the transfer failed, then paid in cash by the district's delegation: the trace
 * of each line, the return file with the line it settled, the ledger and the audit log in words, all read by the
 * city's auditor, who holds no reveal permission. Specifies R-AUDIT-08.
 */
@WebIntegrationTest
@Transactional
class PaymentTraceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers demo;
    @Autowired
    ApprovedFiles files;
    @Autowired
    CampaignAdministration campaigns;
    @Autowired
    FundIntake intake;
    @Autowired
    Disbursement disbursement;
    @Autowired
    BankFileGeneration generation;
    @Autowired
    BankReturnImport returns;
    @Autowired
    TemplateAdministration templates;
    @Autowired
    Handover handover;
    @Autowired
    InPerson inPerson;
    @Autowired
    PersonalDataProtector protector;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private HardshipFile worker;
    private BatchLine bankLine;
    private BatchLine cashLine;
    private Batch bank;
    private BankFile bankFile;
    private long returnId;

    @BeforeEach
    void paidFailedThenPaidInCash() {
        Actor finance = demo.actor("finance");
        LocalDate today = LocalDate.now(clock);
        Campaign campaign = campaigns.create(demo.actor("approver"), new CampaignDraft("追溯" + UUID.randomUUID(),
                today.getYear(), today.minusDays(5), today.plusDays(60), today.plusDays(70), null,
                Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "2000")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS))));
        intake.record(finance, new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                "100000", today, "ZS-" + UUID.randomUUID().toString().substring(0, 8), null, null, null));
        worker = files.approvedWithCard("追溯甲", FileLevel.COUNTY);
        bank = batchOf(campaign, PaymentMethod.BANK_TRANSFER);
        bankLine = disbursement.lines(finance, bank.id()).get(0);
        long csv = templates.templates(finance).stream().filter(t -> t.name().equals("通用 CSV（UTF-8）"))
                .mapToLong(BankFileTemplate::id).findFirst().orElseThrow();
        bankFile = generation.generate(finance, bank.id(), csv, false, null);
        ReturnReport settled = returns.importReturn(finance, bank.id(), "回盘-追溯.csv", (String.join("\r\n",
                "业务参考号,卡号,户名,金额,状态,原因", String.join(",", bankLine.reference(),
                        worker.getBankAccount().getCardMasked(), worker.getWorkerName(), "2000.00", "失败", "账户已冻结"))
                + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(settled.outcome()).isEqualTo(ReturnReport.Outcome.APPLIED);
        returnId = jdbc.sql("select id from bank_return where batch_id = :b").param("b", bank.id()).query(Long.class)
                .single();
        Batch cash = batchOf(campaign, PaymentMethod.CASH);
        cashLine = disbursement.lines(finance, cash.id()).get(0);
        Delegation delegation = inPerson.districtDelegation("周晓燕");
        inPerson.homeVisit(delegation, worker.getId(), today);
        inPerson.signedRoster(cash.id());
        handover.handOver(finance, cashLine.id(), delegation.id(), null);
    }

    /** An approved batch of the district paying only the worker. */
    private Batch batchOf(Campaign campaign, PaymentMethod method) {
        Actor finance = demo.actor("finance");
        Batch batch = disbursement.create(finance, campaign.id(), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                method, null);
        disbursement.fill(finance, batch.id(), HardshipCategory.DEEP, null);
        disbursement.lines(finance, batch.id()).stream().filter(l -> l.fileId() != worker.getId())
                .forEach(l -> disbursement.removeLine(finance, l.id()));
        return disbursement.approve(demo.actor("approver"), batch.id());
    }

    private String page(String url, Object... args) throws Exception {
        return mvc.perform(get(url, args).with(demo.as("auditor"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test // R-AUDIT-08
    void theFailedTransferShowsItsBankFileItsReturnLineAndTheFileAsItStoodMasked() throws Exception {
        String html = page("/trace/lines/{id}", bankLine.id());

        assertThat(html).contains("第 1 版", bankFile.sha256(), "回盘-追溯.csv", "账户已冻结", "刘强", "赵敏",
                "/trace/returns/" + returnId, worker.getWorkerId().masked(),
                worker.getBankAccount().getCardMasked());
        // the file's line: after the header; the return's line: after its title row
        assertThat(html).containsPattern("所在行</th>[\\s\\S]*?<td class=\"text-end\">2</td>");
        assertThat(html).containsPattern("回盘行号</dt>\\s*<dd class=\"col-sm-8\">2</dd>");
        assertThat(html).doesNotContain(worker.getBankAccount().revealCard(protector))
                .doesNotContain(worker.getWorkerId().reveal(protector));
    }

    @Test // R-AUDIT-08
    void theCashLineShowsItsHandoverAndTheFailedTransferBeforeIt() throws Exception {
        String html = page("/trace/lines/{id}", cashLine.id());

        assertThat(html).contains("现场交接", "周晓燕", "/trace/lines/" + bankLine.id(), "账户已冻结",
                "承诺", "资金入账");
        assertThat(html).doesNotContain(worker.getBankAccount().revealCard(protector))
                .doesNotContain(worker.getWorkerId().reveal(protector));
        String returned = page("/trace/returns/{id}", returnId);
        assertThat(returned).contains(bankLine.reference(), "账户已冻结", "/trace/lines/" + bankLine.id(),
                "银行退回");
        String household = page("/trace/files/{id}", worker.getId());
        assertThat(household).contains("/trace/lines/" + bankLine.id(), "/trace/lines/" + cashLine.id());
        assertThat(page("/files/{id}?tab=payments", worker.getId())).contains("/trace/files/" + worker.getId());
    }

    @Test // R-AUDIT-08
    void theLedgerAndTheAuditLogNameTheDocumentsInWordsAndLinkThem() throws Exception {
        long commitment = jdbc.sql("select commitment_entry from disbursement_batch where id = :b")
                .param("b", bank.id()).query(Long.class).single();
        String entry = page("/ledger/entries/{id}", commitment);
        assertThat(entry).contains("审批发放批次，资金转为已承诺：发放批次 " + bank.id(), "/batches/" + bank.id())
                .doesNotContain("disbursement_batch（编号");
        String ledger = mvc.perform(get("/ledger").param("union", String.valueOf(demo.organisationId("ZJ-HZ-XH")))
                        .with(demo.as("auditor"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ledger).contains("发放到户：发放明细 " + cashLine.reference(), "/trace/lines/" + cashLine.id(),
                "/trace/returns/" + returnId);
        String audit = page("/audit");
        assertThat(audit).contains("审批发放批次", "发放批次 " + bank.id(), "1 笔，合计 2,000.00 元")
                .doesNotContain("lines, 2000.00");
        assertThat(List.of(audit, ledger, entry)).allSatisfy(html -> assertThat(html)
                .doesNotContain(worker.getBankAccount().revealCard(protector)));
    }
}
