package org.unionaid.web.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.assistance.Delegation;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.BatchLine;
import org.unionaid.domain.disbursement.CampaignProgress;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.Goods;
import org.unionaid.domain.disbursement.Handover;
import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.InPerson;
import org.unionaid.web.support.WebIntegrationTest;

@WebIntegrationTest
@Transactional
class HandoverTest {

    private static final byte[] PDF = "%PDF-1.7 签字花名册".getBytes();

    @Autowired
    Disbursement disbursement;

    @Autowired
    Handover handover;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    ApprovedFiles files;

    @Autowired
    Ledger ledger;

    @Autowired
    DemoUsers demo;

    @Autowired
    FundIntake intake;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    InPerson inPerson;

    private Batch approvedBatch(PaymentMethod method, Goods goods) {
        LocalDate today = LocalDate.now(clock);
        Campaign campaign = campaigns.create(demo.actor("approver"), new CampaignDraft("现场" + UUID.randomUUID(),
                today.getYear(), today.minusDays(1), today.plusDays(30), today.plusDays(40), null,
                Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "500")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS))));
        // R-FUND-01: the batch spends its campaign's own money, so the campaign receives some first.
        intake.record(demo.actor("finance"), new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, "100000", today, "XC-" + campaign.id(), null, null, null));
        Batch batch = disbursement.create(demo.actor("finance"), campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, method, goods);
        disbursement.fill(demo.actor("finance"), batch.id(), HardshipCategory.DEEP, null);
        return disbursement.approve(demo.actor("approver"), batch.id());
    }

    @Test
    void goodsHandedOverByTheDelegationArePaidOnceAndTheSignedRosterIsKept() throws Exception {
        HardshipFile worker = files.approvedWithCard("现场甲", FileLevel.COUNTY);
        Batch batch = approvedBatch(PaymentMethod.GOODS, Goods.of("米、油、棉被礼包", 1, "份"));
        BatchLine line = disbursement.lines(demo.actor("finance"), batch.id()).stream()
                .filter(l -> l.fileId() == worker.getId()).findFirst().orElseThrow();
        long district = demo.organisationId("ZJ-HZ-XH");
        Money disbursedBefore = ledger.balance(district, AccountKind.DISBURSED, FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE);
        // The delegation goes to the household with the roster; back in the office, the signed roster is uploaded.
        Delegation delegation = inPerson.districtDelegation("周晓燕（区总工会主席）");
        inPerson.homeVisit(delegation, worker.getId(), LocalDate.now(clock));
        mvc.perform(multipart("/batches/{id}/scans", batch.id()).file(new MockMultipartFile("scan", "签字花名册.pdf",
                "application/pdf", PDF)).with(demo.as("finance")).with(csrf()))
                .andExpect(flash().attribute("success", "scan.uploaded"));

        mvc.perform(post("/batches/{id}/handover", batch.id()).with(demo.as("finance")).with(csrf())
                        .param("line", String.valueOf(line.id())).param("delegation", String.valueOf(delegation.id())))
                .andExpect(flash().attribute("success", "handover.recorded"));

        assertThat(disbursement.lines(demo.actor("finance"), batch.id())).filteredOn(l -> l.id() == line.id())
                .extracting(BatchLine::status).containsExactly(LineStatus.PAID);
        assertThat(ledger.balance(district, AccountKind.DISBURSED, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE))
                .isEqualTo(disbursedBefore.plus(line.amount()));
        assertThat(disbursement.paymentsOf(demo.actor("clerk"), worker.getId())).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(LineStatus.PAID));
        mvc.perform(get("/files/{id}", worker.getId()).param("tab", "payments").with(demo.as("clerk")))
                .andExpect(content().string(containsString("已到账")));
        List<CampaignProgress.UnionProgress> progress = disbursement.progressByUnion(demo.actor("xihu.admin"), batch.campaignId());
        assertThat(progress.get(0).unionName()).isEqualTo("西湖区总工会");
        assertThat(progress.get(0).paidPeople()).isEqualTo(1);
        assertThat(progress.get(0).paidAmount()).isEqualTo(line.amount());
        assertThat(progress).filteredOn(p -> p.unionName().equals("杭州西湖龙井茶业有限公司工会")).singleElement()
                .satisfies(p -> assertThat(p.paidPeople()).isEqualTo(1));
        assertThat(disbursement.paidBySourceAndPurpose(demo.actor("xihu.admin"), batch.campaignId())).singleElement()
                .satisfies(p -> assertThat(p.amount()).isEqualTo(line.amount()));
        assertThatThrownBy(() -> handover.handOver(demo.actor("finance"), line.id(), delegation.id(), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("handover.already"));

        long scan = handover.scans(demo.actor("finance"), batch.id()).get(0).id();
        mvc.perform(get("/batches/{id}/scans/{s}", batch.id(), scan).with(demo.as("approver")))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF));
        assertThat(demo.lastAuditDetail("approver", "BATCH_SCAN_OPEN")).isEqualTo("batch " + batch.id());
        mvc.perform(get("/batches/{id}/scans/{s}", batch.id(), scan).with(demo.as("yuhang.admin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBankBatchIsNotHandedOver() {
        files.approvedWithCard("现场乙", FileLevel.COUNTY);
        Batch bank = approvedBatch(PaymentMethod.BANK_TRANSFER, null);
        long line = disbursement.lines(demo.actor("finance"), bank.id()).get(0).id();
        assertThatThrownBy(() -> handover.handOverAll(demo.actor("finance"), List.of(line),
                inPerson.districtDelegation("刘强").id(), null)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("handover.bankBatch"));
    }
}
