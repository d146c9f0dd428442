package org.unionaid.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.assistance.Delegation;
import org.unionaid.domain.assistance.VisitKind;
import org.unionaid.domain.assistance.Visiting;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.BatchLine;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.Goods;
import org.unionaid.domain.disbursement.Handover;
import org.unionaid.domain.disbursement.NamedBatchFilling;
import org.unionaid.domain.disbursement.PayeeKind;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.enterprise.EnterpriseAid;
import org.unionaid.domain.enterprise.HardshipEnterprise;
import org.unionaid.domain.enterprise.NewEnterpriseVisit;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.Finances;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.recipient.NamedRecipient;
import org.unionaid.domain.recipient.NewRecipient;
import org.unionaid.domain.recipient.RecipientGroup;
import org.unionaid.domain.recipient.RecipientRegistration;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.reporting.statistics.RecordCheck;
import org.unionaid.reporting.statistics.ReportTable;
import org.unionaid.reporting.statistics.ReportingPeriod;
import org.unionaid.reporting.statistics.StatisticsReporting;
import org.unionaid.reporting.table.TableDefinitions;
import org.unionaid.web.shared.MovableClock;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.InPerson;
import org.unionaid.web.support.ReportingFixture;
import org.unionaid.web.support.TestCards;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Everything the notices count, from the records to the 送温暖 table of a period no other test starts a campaign in:
 * a model worker paid by name from Party dues and refused finance money, an enterprise in difficulty, a household
 * helped by the district and by the city, a file re-verified. Specifies R-STAT-05 (never finance money, at the page
 * and in PostgreSQL), R-STAT-06 (paid by name: a named recipient's card is the recipient's own) and R-STAT-02 (amounts
 * of two levels add up; the record check counts the households helped more than once).
 */
@WebIntegrationTest
@Transactional
class EverythingCountedTest {

    private static final String WARMTH = TableDefinitions.WARMTH;

    @Autowired
    MockMvc mvc;

    @Autowired
    StatisticsReporting reports;

    @Autowired
    RecordCheck recordCheck;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    FundIntake intake;

    @Autowired
    Disbursement disbursement;

    @Autowired
    NamedBatchFilling namedPayments;

    @Autowired
    Handover handover;

    @Autowired
    RecipientRegistration recipients;

    @Autowired
    EnterpriseAid enterprises;

    @Autowired
    Visiting visiting;

    @Autowired
    FileRegistration registration;

    @Autowired
    ApprovedFiles files;

    @Autowired
    InPerson inPerson;

    @Autowired
    ReportingFixture fixture;

    @Autowired
    DemoUsers demo;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    private LocalDate today;
    private Actor districtFinance;
    private ReportingPeriod period;
    private Campaign campaign;

    @BeforeEach
    void aPeriodAndTheDistrictsCampaign() {
        today = LocalDate.now(clock);
        districtFinance = demo.actor("finance");
        period = fixture.period(today.getYear() + 1, today.minusDays(13), today.minusDays(12), today.plusDays(30), 2);
        campaign = campaign(demo.actor("approver"), 13);
        intake.record(districtFinance, new ReceiptDraft(campaign.id(), FundSource.PARTY_DUES, FundPurpose.CONDOLENCE,
                "5000", today, "DF-" + campaign.id(), null, null, null));
        // Goods are bought from the union's own funds (R-HAND-03), and money is the campaign's own (R-FUND-01).
        intake.record(districtFinance, new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, "3000", today, "DO-" + campaign.id(), null, null, null));
        em.flush();
    }

    /** Condolence from Party dues, own funds or local finance; 劳模 1,000, a deep household 500 (at the city 400). */
    private Campaign campaign(Actor organiser, int daysAgo) {
        return campaigns.create(organiser, new CampaignDraft("全口径" + UUID.randomUUID(), today.getYear() + 1,
                today.minusDays(daysAgo), today.plusDays(40), today.plusDays(40), null,
                Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, daysAgo == 13 ? "500" : "400")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.PARTY_DUES, FundSource.OWN_UNION_FUNDS,
                        FundSource.LOCAL_FINANCE)), null,
                Map.of(RecipientGroup.MODEL_WORKER, Map.of(FundPurpose.CONDOLENCE, "1000"))));
    }

    private ReportTable district() {
        em.flush();
        return reports.view(demo.actor("approver"), period.id(), WARMTH, fixture.union("ZJ-HZ-XH"));
    }

    /** Keeps the batch's line of {@code keep} alone (the demo and other tests keep people on the lists too). */
    private BatchLine only(Actor finance, Batch batch, java.util.function.Predicate<BatchLine> keep) {
        disbursement.lines(finance, batch.id()).stream().filter(keep.negate())
                .forEach(other -> disbursement.removeLine(finance, other.id()));
        return disbursement.lines(finance, batch.id()).stream().filter(keep).findFirst().orElseThrow();
    }

    // R-STAT-05, R-STAT-06
    @Test
    void aModelWorkerPaidByNameFromPartyDuesCountsInHisRowAndFinanceMoneyIsRefused() throws Exception {
        String idNumber = TestIds.next();
        NamedRecipient worker = recipients.register(demo.actor("clerk"), new NewRecipient(
                fixture.union("ZJ-HZ-XH-LJ"), RecipientGroup.MODEL_WORKER, "劳模测试", idNumber, "龙井茶业",
                "全国劳动模范", Bank.ICBC, TestCards.next(), "劳模测试"));
        // R-STAT-06: a card in someone else's name is refused when the person is recorded
        assertThatThrownBy(() -> recipients.register(demo.actor("clerk"), new NewRecipient(
                fixture.union("ZJ-HZ-XH-LJ"), RecipientGroup.MODEL_WORKER, "劳模乙", TestIds.next(), null, null,
                Bank.ICBC, TestCards.next(), "劳模乙的儿子"))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bank.holder.notWorker"));

        // R-STAT-05 through the page the finance officer uses
        mvc.perform(post("/batches").with(demo.as("finance")).with(csrf()).param("campaign", String.valueOf(campaign.id()))
                        .param("source", "LOCAL_FINANCE").param("purpose", "CONDOLENCE").param("method", "BANK_TRANSFER")
                        .param("payees", "NAMED"))
                .andExpect(flash().attribute("error", "payment.refused.namedFinanceMoney"));

        // paid by hand from Party dues on the district delegation's visit to him, against the signed roster
        Batch batch = disbursement.create(districtFinance, campaign.id(), FundSource.PARTY_DUES, FundPurpose.CONDOLENCE,
                PaymentMethod.CASH, null, null, PayeeKind.NAMED);
        assertThat(namedPayments.fill(districtFinance, batch.id(), RecipientGroup.MODEL_WORKER, null).added())
                .isPositive();
        BatchLine line = only(districtFinance, batch, l -> l.named() && l.recipientId() == worker.id());
        assertThat(line.amount()).isEqualTo(Money.yuan("1000"));
        assertThat(line.group()).isEqualTo(RecipientGroup.MODEL_WORKER);
        disbursement.approve(demo.actor("approver"), batch.id());
        Delegation delegation = inPerson.districtDelegation("周晓燕");
        visiting.toRecipient(demo.actor("clerk"), worker.id(), delegation.id(), today, VisitKind.HOME, null,
                "慰问金 1,000 元", null);
        inPerson.signedRoster(batch.id());
        handover.handOver(districtFinance, line.id(), delegation.id(), null);
        // R-AUDIT-08: the auditor traces his payment as a household's, to his list entry, his number masked
        String trace = mvc.perform(get("/trace/lines/{id}", line.id()).with(demo.as("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(trace).contains("劳模测试", worker.idMasked(), "/recipients/" + worker.id())
                .doesNotContain(idNumber, "/trace/files/");

        ReportTable table = district();
        assertThat(table.cell("named.models.people").total()).isEqualByComparingTo("1");
        assertThat(table.cell("named.models.cash").total()).isEqualByComparingTo("1000.00");
        assertThat(table.cell("named.models.goods").total()).isEqualByComparingTo("0.00");
        assertThat(table.cell("named.party.people").total()).isEqualByComparingTo("0");
        // a named recipient is not a household of a file: the households' rows do not count him
        assertThat(table.cell("helped.total.cashHouseholds").total()).isEqualByComparingTo("0");
        // R-PAY-06: once per campaign and purpose
        Batch again = disbursement.create(districtFinance, campaign.id(), FundSource.PARTY_DUES, FundPurpose.CONDOLENCE,
                PaymentMethod.CASH, null, null, PayeeKind.NAMED);
        assertThat(namedPayments.fill(districtFinance, again.id(), RecipientGroup.MODEL_WORKER, null).refused())
                .anySatisfy(refusal -> {
                    assertThat(refusal.recipientId()).isEqualTo(worker.id());
                    assertThat(refusal.messageKey()).isEqualTo("payment.refused.alreadyPaid");
                });
        // and in PostgreSQL, whatever wrote the row (last: the refusal ends the test's transaction)
        em.flush();
        assertThatThrownBy(() -> jdbc.sql("""
                insert into disbursement_batch (id, campaign_id, paying_union_id, source, purpose, method, status,
                                                created_by, created_at, payee_kind)
                values (nextval('disbursement_batch_seq'), :campaign, :union, 'LOCAL_FINANCE', 'CONDOLENCE',
                        'BANK_TRANSFER', 'DRAFT', :by, now(), 'NAMED')
                """).param("campaign", campaign.id()).param("union", fixture.union("ZJ-HZ-XH"))
                .param("by", demo.userId("finance")).update()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("disbursement_batch_named_not_finance");
    }

    // R-STAT-02
    @Test
    void aHouseholdHelpedByTheDistrictAndByTheCityCountsInEachTableAndTheCheckSaysSo() {
        HardshipFile worker = files.approvedWithCard("两级慰问", FileLevel.COUNTY);
        // the district's goods, from its campaign
        Batch goods = disbursement.create(districtFinance, campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, PaymentMethod.GOODS, Goods.of("米、油礼包", 1, "份"));
        disbursement.fill(districtFinance, goods.id(), HardshipCategory.DEEP, null);
        BatchLine goodsLine = only(districtFinance, goods, l -> l.fileId() == worker.getId());
        disbursement.approve(demo.actor("approver"), goods.id());
        Delegation districtDelegation = inPerson.districtDelegation("周晓燕");
        inPerson.homeVisit(districtDelegation, worker.getId(), today);
        inPerson.signedRoster(goods.id());
        handover.handOver(districtFinance, goodsLine.id(), districtDelegation.id(), null);
        // the city's cash, from the city's campaign of the same period
        Actor cityApprover = fixture.at("ZJ-HZ", "hz.admin", Role.APPROVER);
        Actor cityFinance = fixture.at("ZJ-HZ", "auditor", Role.FINANCE);
        Campaign ofTheCity = campaign(cityApprover, 12);
        intake.record(cityFinance, new ReceiptDraft(ofTheCity.id(), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                "3000", today, "CF-" + ofTheCity.id(), null, null, null));
        Batch cash = disbursement.create(cityFinance, ofTheCity.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, PaymentMethod.CASH, null);
        disbursement.fill(cityFinance, cash.id(), HardshipCategory.DEEP, null);
        BatchLine cashLine = only(cityFinance, cash, l -> l.fileId() == worker.getId());
        disbursement.approve(fixture.at("ZJ", "admin", Role.APPROVER), cash.id());
        Delegation cityDelegation = inPerson.delegationOf(cityApprover, "陈立新");
        inPerson.homeVisit(cityDelegation, worker.getId(), today);
        handover.addScan(cityFinance, cash.id(), "签字花名册.pdf", InPerson.SIGNED_ROSTER);
        handover.handOver(cityFinance, cashLine.id(), cityDelegation.id(), null);
        em.flush();

        RecordCheck.Comparison check = recordCheck.compare(demo.actor("admin"), period.id(), WARMTH,
                fixture.union("ZJ"));
        assertThat(figure(check, "helped.total.goodsHouseholds")).isEqualByComparingTo("1");
        assertThat(figure(check, "helped.total.goodsValue")).isEqualByComparingTo("500.00");
        assertThat(figure(check, "helped.total.cashHouseholds")).isEqualByComparingTo("1");
        assertThat(figure(check, "helped.total.cashAmount")).isEqualByComparingTo("400.00");
        assertThat(check.helpedTwice().households()).isEqualTo(1);
        assertThat(check.helpedTwice().householdCounts()).isEqualTo(2);
        ReportTable city = reports.view(cityApprover, period.id(), WARMTH, fixture.union("ZJ-HZ"));
        assertThat(city.cell("helped.total.cashAmount").own()).isEqualByComparingTo("400.00");
        assertThat(district().cell("helped.deep.goodsValue").own()).isEqualByComparingTo("500.00");
    }

    @Test
    void anEnterpriseVisitedAndAFileReverifiedInThePeriodCount() {
        Actor approver = demo.actor("approver");
        HardshipEnterprise enterprise = enterprises.register(approver, fixture.union("ZJ-HZ-XH"), "困难企业测试" + UUID
                .randomUUID().toString().substring(0, 6), null, "停产三个月", 40);
        assertThatThrownBy(() -> enterprises.recordVisit(approver, enterprise.id(), new NewEnterpriseVisit(
                today.minusDays(12), "刘强", "2000", "米、油", null, null))).isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("enterprise.goods.withValue"));
        enterprises.recordVisit(approver, enterprise.id(), new NewEnterpriseVisit(today.minusDays(12), "刘强",
                "2000", "米、油", "500", null));
        enterprises.recordVisit(approver, enterprise.id(), new NewEnterpriseVisit(today.minusDays(13), "刘强",
                "1000", null, null, "再次走访"));
        HardshipFile file = files.approved("复核测试");
        try (MovableClock.Moved reverified = clock.moveTo(today.minusDays(12))) {
            registration.reverify(demo.actor("clerk"), file.getId(), new FileEntry(fixture.union("ZJ-HZ-XH-LJ"),
                    "复核测试", null, List.of(), new Finances(Money.yuan("12000"), Money.ZERO, Money.ZERO,
                            java.util.Set.of())), "入户复核");
        }

        ReportTable table = district();
        assertThat(table.cell("enterprises.total.count").own()).isEqualByComparingTo("1");
        assertThat(table.cell("enterprises.total.cash").own()).isEqualByComparingTo("3000.00");
        assertThat(table.cell("enterprises.total.goods").own()).isEqualByComparingTo("500.00");
        ReportTable centre = reports.view(demo.actor("clerk"), period.id(), TableDefinitions.CENTRE,
                fixture.union("ZJ-HZ-XH-LJ"));
        assertThat(centre.cell("files.updated.total").own()).isGreaterThanOrEqualTo(BigDecimal.ONE);
    }

    private static BigDecimal figure(RecordCheck.Comparison check, String key) {
        return check.cells().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().fromRecords();
    }
}
