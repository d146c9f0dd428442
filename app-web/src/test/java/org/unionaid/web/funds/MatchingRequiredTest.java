package org.unionaid.web.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.funds.Allocating;
import org.unionaid.domain.funds.Allocation;
import org.unionaid.domain.funds.AllocationDraft;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.MatchDraft;
import org.unionaid.domain.funds.MatchingSource;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.reporting.statistics.ReportTable;
import org.unionaid.reporting.statistics.StatisticsReports;
import org.unionaid.reporting.table.TableDefinitions;
import org.unionaid.web.shared.MovableClock;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Issue 15, "Matching is required, not only tracked": each bypass tried again through the page a user has —
 * an allocation at 1:0 without a word, allocated money spent while a 12,000 match was overdue, a match without
 * its voucher — and refused by its rule, named on the page.
 * Specifies R-MATCH-01, R-MATCH-02, R-MATCH-03 and R-MATCH-04.
 */
@WebIntegrationTest
@Transactional
class MatchingRequiredTest {

    private static final String TEA_UNION = "杭州西湖龙井茶业有限公司工会";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    FundIntake intake;

    @Autowired
    Allocating allocating;

    @Autowired
    Disbursement disbursement;

    @Autowired
    StatisticsReports reports;

    @Autowired
    ApprovedFiles files;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager em;

    @Autowired
    MovableClock clock;

    private Campaign campaign;
    private long tea;
    private LocalDate today;

    @BeforeEach
    void aCampaignWithTheDistrictsOwnFunds() {
        today = LocalDate.now(clock);
        tea = demo.organisationId("ZJ-HZ-XH-LJ");
        campaign = campaigns.create(demo.actor("approver"), new CampaignDraft("配套" + UUID.randomUUID(),
                today.getYear(), today.minusDays(5), today.plusDays(60), today.plusDays(70), null,
                Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "2000")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS, FundSource.MATCHING))));
        intake.record(demo.actor("finance"), new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, "100000", today, "西工经-" + campaign.id(), null, null, null));
    }

    private ResultActions allocateThroughThePage(String ratio, String reason, LocalDate due, String amount)
            throws Exception {
        return mvc.perform(post("/campaigns/{id}/allocations", campaign.id()).with(demo.as("finance")).with(csrf())
                .param("source", "OWN_UNION_FUNDS").param("purpose", "CONDOLENCE").param("matchingRatio", ratio)
                .param("ratioReason", reason == null ? "" : reason)
                .param("matchDueOn", due == null ? "" : due.toString()).param("requestKey", UUID.randomUUID().toString())
                .param("amount_" + tea, amount));
    }

    private Allocation allocationOfThisCampaign() {
        return allocating.ofOwnUnion(demo.actor("finance")).stream().filter(a -> a.campaignId() == campaign.id())
                .findFirst().orElseThrow();
    }

    private ResultActions matchThroughThePage(long allocation, String amount, String voucher, String source)
            throws Exception {
        return mvc.perform(post("/allocations/{id}/matches", allocation).with(demo.as("lj.finance")).with(csrf())
                .param("amount", amount).param("receivedOn", LocalDate.now(clock).toString())
                .param("voucherNumber", voucher == null ? "" : voucher).param("source", source == null ? "" : source)
                .param("requestKey", UUID.randomUUID().toString()));
    }

    private Money teaAvailable() {
        return ledger.balance(tea, AccountKind.AVAILABLE, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE);
    }

    @Test
    void aRatioOfZeroWithoutAReasonIsRefusedOnTheAllocationForm() throws Exception {
        // R-MATCH-01: the application used to take 0 and say nothing.
        Money before = teaAvailable();

        allocateThroughThePage("0", "  ", null, "5000")
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "funds.ratio.reasonRequired"))
                .andExpect(flash().attribute("errorArgs", new Object[] {"0"}));
        allocateThroughThePage("0.5", null, today.plusDays(10), "5000")
                .andExpect(flash().attribute("error", "funds.ratio.reasonRequired"));
        allocateThroughThePage("-1", "负数", today.plusDays(10), "5000")
                .andExpect(flash().attribute("error", "funds.ratio.invalid"));
        assertThat(teaAvailable()).as("nothing allocated").isEqualTo(before);
        mvc.perform(get("/campaigns/{id}/allocate", campaign.id()).with(demo.as("finance"))
                        .flashAttr("error", "funds.ratio.reasonRequired").flashAttr("errorArgs", new Object[] {"0"}))
                .andExpect(content().string(containsString("配套比例 1:0 低于 1:1")))
                .andExpect(content().string(containsString("（R-MATCH-01）")))
                .andExpect(content().string(containsString("name=\"ratioReason\"")));

        allocateThroughThePage("0", "龙井茶业受灾停产，经区总工会主席办公会研究免于配套", null, "5000")
                .andExpect(flash().attribute("success", "funds.allocated"));

        Allocation allocation = allocationOfThisCampaign();
        assertThat(allocation.ratioReason()).isEqualTo("龙井茶业受灾停产，经区总工会主席办公会研究免于配套");
        assertThat(teaAvailable()).isEqualTo(before.plus(Money.yuan("5000")));
        mvc.perform(get("/allocations/{id}", allocation.id()).with(demo.as("lj.finance")))
                .andExpect(content().string(containsString("经区总工会主席办公会研究免于配套")));
    }

    @Test
    void allocatedMoneyIsNotSpentWhileA12000MatchIsOverdue() throws Exception {
        // R-MATCH-02: 20,000 handed down, 8,000 matched, 12,000 still owed after the due day.
        LocalDate due = today.plusDays(5);
        allocateThroughThePage("1", null, due, "20000").andExpect(flash().attribute("success", "funds.allocated"));
        long allocation = allocationOfThisCampaign().id();
        matchThroughThePage(allocation, "8000", "LJ-记-" + allocation + "-1", "UNION_FUNDS")
                .andExpect(flash().attribute("success", "funds.match.recorded"));
        files.approvedWithCard("配套甲", FileLevel.COUNTY);
        String location = createBatch("OWN_UNION_FUNDS").andExpect(flash().attribute("success", "batch.created"))
                .andReturn().getResponse().getRedirectedUrl();
        long batch = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/batches/{id}/fill", batch).with(demo.as("lj.finance")).with(csrf()).param("category", "DEEP"))
                .andExpect(flash().attribute("success", "batch.filled"));

        try (MovableClock.Moved dayAfter = clock.moveTo(due.plusDays(1))) {
            MvcResult created = createBatch("OWN_UNION_FUNDS")
                    .andExpect(flash().attribute("error", "funds.match.overdue")).andReturn();
            assertThat((Object[]) created.getFlashMap().get("errorArgs")).containsExactly("西湖区总工会",
                    campaign.name(), due, Money.yuan("12000.00"), String.valueOf(allocation));
            mvc.perform(post("/batches/{id}/fill", batch).with(demo.as("lj.finance")).with(csrf())
                    .param("category", "DEEP")).andExpect(flash().attribute("error", "funds.match.overdue"));
            mvc.perform(post("/batches/{id}/approve", batch).with(demo.as("approver")).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("error", "funds.match.overdue"));
            assertThat(disbursement.view(demo.actor("approver"), batch).status()).isEqualTo(Batch.Status.DRAFT);
            mvc.perform(get("/batches/{id}", batch).with(demo.as("lj.finance")).flashAttr("error", "funds.match.overdue")
                            .flashAttr("errorArgs", created.getFlashMap().get("errorArgs")))
                    .andExpect(content().string(containsString("仍缺 12000.00 元")))
                    .andExpect(content().string(containsString("（R-MATCH-02）")));
            // The union's matching money is its own and pays workers meanwhile.
            createBatch("MATCHING").andExpect(flash().attribute("success", "batch.created"));

            // The district sees what its child owes, and where.
            mvc.perform(get("/").with(demo.as("finance")))
                    .andExpect(content().string(containsString("配套资金逾期未到位")))
                    .andExpect(content().string(containsString("12000.00 元")))
                    .andExpect(content().string(containsString(TEA_UNION)))
                    .andExpect(content().string(containsString("/allocations/" + allocation + "\"")));
            mvc.perform(get("/allocations/{id}", allocation).with(demo.as("approver")))
                    .andExpect(content().string(containsString("下级不能动用这笔下拨资金")));

            // Matched in full, after the deadline: the money moves again.
            matchThroughThePage(allocation, "12000", "LJ-记-" + allocation + "-2", "PARTY_DUES")
                    .andExpect(flash().attribute("success", "funds.match.recorded"));
            mvc.perform(post("/batches/{id}/approve", batch).with(demo.as("approver")).with(csrf()))
                    .andExpect(flash().attribute("success", "batch.approved"));
            mvc.perform(get("/").with(demo.as("finance")))
                    .andExpect(content().string(not(containsString("/allocations/" + allocation + "\""))));
        }
    }

    private ResultActions createBatch(String source) throws Exception {
        return mvc.perform(post("/batches").with(demo.as("lj.finance")).with(csrf())
                .param("campaign", String.valueOf(campaign.id())).param("source", source)
                .param("purpose", "CONDOLENCE").param("method", "BANK_TRANSFER"));
    }

    @Test
    void aMatchWithoutItsVoucherIsRefusedOnTheAllocationPage() throws Exception {
        // R-MATCH-03
        allocateThroughThePage("1", null, today.plusDays(20), "10000");
        long allocation = allocationOfThisCampaign().id();
        intake.record(demo.actor("lj.finance"), new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, "500", today, "LJ-记-R" + allocation, null, null, null));

        matchThroughThePage(allocation, "3000", " ", "PARTY_DUES")
                .andExpect(flash().attribute("error", "funds.match.voucherRequired"));
        matchThroughThePage(allocation, "3000", "LJ-记-" + allocation, null)
                .andExpect(flash().attribute("error", "funds.match.sourceRequired"));
        matchThroughThePage(allocation, "3000", "LJ-记-R" + allocation, "PARTY_DUES")
                .andExpect(flash().attribute("error", "funds.match.voucherIsReceipt"));
        assertThat(allocating.view(demo.actor("finance"), allocation).matched()).isEqualTo(Money.ZERO);

        matchThroughThePage(allocation, "3000", "LJ-记-" + allocation, "PARTY_DUES")
                .andExpect(flash().attribute("success", "funds.match.recorded"));
        matchThroughThePage(allocation, "3000", "LJ-记-" + allocation, "UNION_FUNDS")
                .andExpect(flash().attribute("error", "funds.match.voucherDuplicate"));

        assertThat(allocating.view(demo.actor("finance"), allocation).matched()).isEqualTo(Money.yuan("3000"));
        mvc.perform(get("/allocations/{id}", allocation).with(demo.as("finance")))
                .andExpect(content().string(containsString("LJ-记-" + allocation)))
                .andExpect(content().string(containsString("党费")));
        mvc.perform(get("/allocations/{id}", allocation).with(demo.as("lj.finance"))
                        .flashAttr("error", "funds.match.voucherRequired").flashAttr("errorArgs", new Object[] {50}))
                .andExpect(content().string(containsString("记账凭证号")))
                .andExpect(content().string(containsString("（R-MATCH-03）")));
    }

    @Test
    void matchingMoneyCountsAsMoneyRaisedUnderItsOrigin() {
        // R-MATCH-04: 1,000 of the tea union's own funds, then 3,000 matched from party dues and 2,000 from
        // administrative funds: 6,000 raised, 4,000 of it union money (工会经费（含党费）).
        allocating.allocate(demo.actor("finance"), new AllocationDraft(campaign.id(),
                FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "1", null, today.plusDays(20), null,
                UUID.randomUUID(), Map.of(tea, "10000")));
        long allocation = allocationOfThisCampaign().id();
        intake.record(demo.actor("lj.finance"), new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, "1000", today, "LJ-经-" + allocation, null, null, null));
        Map.of(MatchingSource.PARTY_DUES, "3000", MatchingSource.ADMINISTRATIVE_FUNDS, "2000").forEach((source, amount) ->
                allocating.recordMatch(demo.actor("lj.finance"), allocation, new MatchDraft(amount, today,
                        "LJ-配-" + source + "-" + allocation, source, null, UUID.randomUUID())));
        em.flush();

        ReportTable table = reports.view(demo.actor("clerk"), campaign.id(), TableDefinitions.WARMTH, tea);

        assertThat(table.cell("raised.total.amount").total()).isEqualByComparingTo(new BigDecimal("6000"));
        assertThat(table.cell("raised.union.amount").total()).isEqualByComparingTo(new BigDecimal("4000"));
        assertThat(table.cell("raised.finance.amount").total()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void theDemoDataObeyTheRules() {
        // R-MATCH-01, R-MATCH-03: every allocation and match of the demo would pass the checks PostgreSQL now
        // applies to new rows; validating them here proves it for the rows already there.
        jdbc.sql("alter table allocation validate constraint allocation_ratio_below_one_explained").update();
        jdbc.sql("alter table matching_contribution validate constraint matching_contribution_voucher_and_source")
                .update();
        assertThat(jdbc.sql("""
                select count(*) from matching_contribution m join organisation o on o.id = m.union_id
                 where o.code = 'ZJ-HZ-XH-LJ' and m.voucher_number is not null and m.source = 'UNION_FUNDS'
                """).query(Long.class).single()).isPositive();
    }

    @Test
    void postgresqlRefusesARatioBelowOneWithoutItsReason() {
        // R-MATCH-01, the last fence.
        assertThatThrownBy(() -> jdbc.sql("""
                insert into allocation (id, campaign_id, from_union_id, to_union_id, source, purpose, amount,
                                        matching_ratio, request_key, entry_id, created_by, created_at)
                select nextval('allocation_seq'), :campaign, o.parent_id, o.id, 'OWN_UNION_FUNDS', 'CONDOLENCE',
                       100, 0, gen_random_uuid(), 1, :by, now()
                  from organisation o where o.id = :tea
                """).param("campaign", campaign.id()).param("by", demo.userId("finance")).param("tea", tea).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("allocation_ratio_below_one_explained");
    }

    @Test
    void postgresqlRefusesAMatchWithoutItsVoucher() {
        // R-MATCH-03, the last fence.
        allocating.allocate(demo.actor("finance"), new AllocationDraft(campaign.id(),
                FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "1", null, today.plusDays(20), null,
                UUID.randomUUID(), Map.of(tea, "100")));
        long allocation = allocationOfThisCampaign().id();

        assertThatThrownBy(() -> jdbc.sql("""
                insert into matching_contribution (id, allocation_id, union_id, amount, received_on, voucher_number,
                                                   source, request_key, entry_id, recorded_by, recorded_at)
                values (nextval('matching_contribution_seq'), :allocation, :tea, 100, current_date, ' ', 'PARTY_DUES',
                        gen_random_uuid(), 1, :by, now())
                """).param("allocation", allocation).param("tea", tea).param("by", demo.userId("lj.finance")).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("matching_contribution_voucher_and_source");
    }
}
