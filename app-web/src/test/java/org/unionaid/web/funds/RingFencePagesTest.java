package org.unionaid.web.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Every way round the ring-fence tried through the pages, as the people who would try it: the district (西湖区)
 * runs a campaign holding 100,000 of its own funds; a campaign that ended yesterday holds 8,000; a dummy campaign
 * "ended" yesterday too and holds nothing. Everything rolls back.
 * Specifies R-FUND-01, R-FUND-02, R-FUND-03, R-FUND-04, R-FUND-05, R-FUND-06, R-FUND-07, R-FUND-08 and R-FUND-09
 * (docs/rules.md).
 */
@WebIntegrationTest
@Transactional
class RingFencePagesTest {

    private static final byte[] MINUTES = "%PDF-1.4 西湖区总工会主席办公会议纪要".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    ApprovedFiles files;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private long district;
    private LocalDate today;
    private Campaign running;
    private Campaign ended;
    private Campaign dummy;

    @BeforeEach
    void threeCampaignsOfTheDistrict() throws Exception {
        district = demo.organisationId("ZJ-HZ-XH");
        today = LocalDate.now(clock);
        running = campaign("运行中", today.minusDays(20), today.plusDays(40));
        ended = campaign("已结束", today.minusMonths(2), today.minusDays(1));
        dummy = campaign("空壳", today.minusDays(1), today.minusDays(1));
        receive(running, "100,000");
        receive(ended, "8,000");
    }

    private Campaign campaign(String name, LocalDate from, LocalDate to) {
        return campaigns.create(demo.actor("approver"), new CampaignDraft(name + UUID.randomUUID(), from.getYear(), from,
                to, to, null, Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "1000")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS))));
    }

    private ResultActions receive(Campaign campaign, String amount) throws Exception {
        return mvc.perform(post("/campaigns/{id}/receipts", campaign.id()).with(demo.as("finance")).with(csrf())
                .param("source", "OWN_UNION_FUNDS").param("purpose", "CONDOLENCE").param("amount", amount)
                .param("receivedOn", today.toString()).param("receiptNumber", "RF-" + UUID.randomUUID()));
    }

    private ResultActions close(Campaign campaign, String login) throws Exception {
        return mvc.perform(post("/campaigns/{id}/close", campaign.id()).with(demo.as(login)).with(csrf()));
    }

    private ResultActions transfer(String login, Campaign campaign, String amount, String number, LocalDate meeting,
            MockMultipartFile minutes) throws Exception {
        var request = multipart("/transfers");
        if (minutes != null) {
            request.file(minutes);
        }
        return mvc.perform(request.with(demo.as(login)).with(csrf()).param("campaign", String.valueOf(campaign.id()))
                .param("source", "OWN_UNION_FUNDS").param("fromPurpose", "CONDOLENCE").param("amount", amount)
                .param("decisionNumber", number).param("decisionDate", meeting == null ? "" : meeting.toString()));
    }

    private static MockMultipartFile minutes(byte[] content) {
        return new MockMultipartFile("minutes", "主席办公会议纪要.pdf", "application/pdf", content);
    }

    private ResultActions transfer(Campaign campaign, String amount, String number, LocalDate meeting)
            throws Exception {
        return transfer("finance", campaign, amount, number, meeting, minutes(MINUTES));
    }

    private static String number() {
        return "西工办〔2026〕" + UUID.randomUUID().toString().substring(0, 8) + "号";
    }

    private Money available(Campaign campaign) {
        return ledger.balance(district, campaign.id(), AccountKind.AVAILABLE, FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE);
    }

    private Money daily() {
        return ledger.balance(district, null, AccountKind.AVAILABLE, FundSource.OWN_UNION_FUNDS, FundPurpose.DAILY);
    }

    private long transferNumbered(String number) {
        return jdbc.sql("select id from balance_transfer where decision_number = :n").param("n", number)
                .query(Long.class).single();
    }

    // R-FUND-01 R-FUND-08
    @Test
    void theRunningCampaignsMoneyCannotLeaveThroughADummyCampaignThatEndedYesterday() throws Exception {
        Money dailyBefore = daily();
        close(dummy, "approver").andExpect(flash().attribute("success", "campaign.closed.done"));

        transfer(dummy, "100,000", "x", today.plusMonths(7))
                .andExpect(flash().attribute("error", "funds.transfer.meetingInFuture"));
        transfer(dummy, "100,000", "x", today).andExpect(flash().attribute("error", "funds.transfer.aboveLeftover"))
                .andExpect(flash().attribute("errorArgs", new Object[] {Money.ZERO}));
        transfer(running, "100,000", "x", today)
                .andExpect(flash().attribute("error", "funds.transfer.campaignNotClosed"));

        assertThat(available(running)).isEqualTo(Money.yuan("100000"));
        assertThat(available(dummy)).isEqualTo(Money.ZERO);
        assertThat(daily()).isEqualTo(dailyBefore);
        assertThat(ledger.balancesMatchPostings()).isTrue();
    }

    // R-FUND-01
    @Test
    void aBatchOfTheDummyCampaignFindsNoneOfTheRunningCampaignsMoneyWhileTheRunningCampaignsOwnBatchDoes()
            throws Exception {
        files.approvedWithCard("圈存甲", FileLevel.COUNTY);
        long dummyBatch = batch(dummy);
        long runningBatch = batch(running);

        mvc.perform(post("/batches/{id}/approve", dummyBatch).with(demo.as("approver")).with(csrf()))
                .andExpect(flash().attribute("error", "ledger.insufficientBalance"))
                .andExpect(flash().attribute("errorArgs", new Object[] {Money.ZERO}));
        mvc.perform(post("/batches/{id}/approve", runningBatch).with(demo.as("approver")).with(csrf()))
                .andExpect(flash().attribute("success", "batch.approved"));

        assertThat(ledger.balance(district, running.id(), AccountKind.COMMITTED, FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE)).isGreaterThan(Money.ZERO);
        assertThat(ledger.balance(district, dummy.id(), AccountKind.COMMITTED, FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE)).isEqualTo(Money.ZERO);
    }

    /** A bank-transfer batch of the campaign filled with the tea company's deep-hardship households. */
    private long batch(Campaign campaign) throws Exception {
        return batch(campaign, true);
    }

    private long batch(Campaign campaign, boolean filled) throws Exception {
        String location = mvc.perform(post("/batches").with(demo.as("finance")).with(csrf())
                        .param("campaign", String.valueOf(campaign.id())).param("source", "OWN_UNION_FUNDS")
                        .param("purpose", "CONDOLENCE").param("method", "BANK_TRANSFER"))
                .andExpect(flash().attribute("success", "batch.created")).andReturn().getResponse().getRedirectedUrl();
        long batch = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        if (filled) {
            mvc.perform(post("/batches/{id}/fill", batch).with(demo.as("finance")).with(csrf()).param("category", "DEEP")
                    .param("union", String.valueOf(demo.organisationId("ZJ-HZ-XH-LJ"))))
                    .andExpect(flash().attribute("success", "batch.filled"));
        }
        return batch;
    }

    // R-FUND-02 R-FUND-03
    @Test
    void aCampaignIsClosedByItsOrganiserAfterItsEndOnceSettledAndThenTakesNoMoney() throws Exception {
        close(running, "approver").andExpect(flash().attribute("error", "campaign.close.notEnded"));
        close(ended, "lj.finance").andExpect(flash().attribute("error", "campaign.close.notOrganiser"));
        files.approvedWithCard("结项前", FileLevel.COUNTY);
        long draft = batch(ended);
        close(ended, "finance").andExpect(flash().attribute("error", "campaign.close.draftBatches"))
                .andExpect(flash().attribute("errorArgs", new Object[] {1}));
        for (long line : jdbc.sql("select id from disbursement_line where batch_id = :b").param("b", draft)
                .query(Long.class).list()) {
            mvc.perform(post("/batches/{id}/lines/{line}/remove", draft, line).with(demo.as("finance")).with(csrf()))
                    .andExpect(flash().attribute("success", "batch.lineRemoved"));
        }

        close(ended, "finance").andExpect(flash().attribute("success", "campaign.closed.done"));
        close(ended, "approver").andExpect(flash().attribute("error", "campaign.close.already"));

        mvc.perform(get("/campaigns/{id}", ended.id()).with(demo.as("finance")))
                .andExpect(content().string(containsString("本活动已于 " + today + " 结项")))
                .andExpect(content().string(containsString("8,000.00")))
                .andExpect(content().string(not(containsString("action=\"/campaigns/" + ended.id() + "/close\""))));
        receive(ended, "1").andExpect(flash().attribute("error", "campaign.closed.frozen"));
        mvc.perform(post("/campaigns/{id}/allocations", ended.id()).with(demo.as("finance")).with(csrf())
                        .param("source", "OWN_UNION_FUNDS").param("purpose", "CONDOLENCE").param("matchingRatio", "0")
                        .param("ratioReason", "结余清算，不要求配套")
                        .param("requestKey", UUID.randomUUID().toString())
                        .param("amount_" + demo.organisationId("ZJ-HZ-XH-LJ"), "100"))
                .andExpect(flash().attribute("error", "campaign.closed.frozen"));
        assertThat(available(ended)).isEqualTo(Money.yuan("8000"));
        // PostgreSQL refuses the batch (which ends this test's transaction, so it comes last).
        mvc.perform(post("/batches").with(demo.as("finance")).with(csrf()).param("campaign", String.valueOf(ended.id()))
                        .param("source", "OWN_UNION_FUNDS").param("purpose", "CONDOLENCE").param("method", "BANK_TRANSFER"))
                .andExpect(flash().attribute("error", "campaign.closed.noPayments"));
    }

    // R-FUND-03
    @Test
    void aBatchLeftEmptyAtTheClosingCannotBeFilledAfterIt() throws Exception {
        long empty = batch(ended, false);
        close(ended, "approver").andExpect(flash().attribute("success", "campaign.closed.done"));
        files.approvedWithCard("结项后", FileLevel.COUNTY);

        mvc.perform(post("/batches/{id}/fill", empty).with(demo.as("finance")).with(csrf()).param("category", "DEEP"))
                .andExpect(flash().attribute("error", "campaign.closed.noPayments"));
    }

    // R-FUND-04 R-FUND-05 R-FUND-06 R-FUND-07 R-FUND-08
    @Test
    void aLeftoverMovesOnlyOnAHeldMeetingsDecisionNumberedOnceWithItsMinutesAndWithinTheLeftover()
            throws Exception {
        String number = number();
        transfer(ended, "1000", number, today).andExpect(flash().attribute("error", "funds.transfer.campaignNotClosed"));
        close(ended, "approver").andExpect(flash().attribute("success", "campaign.closed.done"));

        transfer(ended, "1000", number, today.minusDays(1))
                .andExpect(flash().attribute("error", "funds.transfer.meetingBeforeClosing"));
        transfer(ended, "1000", number, today.plusDays(1))
                .andExpect(flash().attribute("error", "funds.transfer.meetingInFuture"));
        transfer("finance", ended, "1000", number, today, null)
                .andExpect(flash().attribute("error", "funds.transfer.minutesRequired"));
        transfer("finance", ended, "1000", number, today,
                minutes("纪要就是纪要".getBytes(StandardCharsets.UTF_8)))
                .andExpect(flash().attribute("error", "funds.transfer.minutesNotPdf"));
        transfer(ended, "8000.01", number, today).andExpect(flash().attribute("error", "funds.transfer.aboveLeftover"))
                .andExpect(flash().attribute("errorArgs", new Object[] {Money.yuan("8000")}));
        transfer(ended, "5000", number, today).andExpect(flash().attribute("success", "funds.transfer.requested"));
        transfer(ended, "1000", number, today)
                .andExpect(flash().attribute("error", "funds.transfer.decisionNumberTaken"));

        assertThat(jdbc.sql("select count(*) from balance_transfer where decision_number = :n").param("n", number)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(available(ended)).isEqualTo(Money.yuan("8000"));
    }

    // R-MC-01
    @Test
    void whoeverRequestedATransferCannotApproveItAnotherApproverDoes() throws Exception {
        long user = jdbc.sql("""
                insert into user_account (id, login_name, display_name, organisation_id, password_hash)
                values (nextval('user_account_seq'), 'rf.finance.approver', '兼任', :union, '{noop}x') returning id
                """).param("union", district).query(Long.class).single();
        jdbc.sql("insert into user_role (user_id, role) values (:u, 'FINANCE'), (:u, 'APPROVER')").param("u", user)
                .update();
        close(ended, "approver");
        String number = number();
        Money dailyBefore = daily();
        transfer("rf.finance.approver", ended, "3000", number, today, minutes(MINUTES))
                .andExpect(flash().attribute("success", "funds.transfer.requested"));
        long id = transferNumbered(number);

        mvc.perform(post("/transfers/{id}/approve", id).with(demo.as("rf.finance.approver")).with(csrf()))
                .andExpect(flash().attribute("error", "funds.transfer.makerChecker"));
        assertThat(daily()).isEqualTo(dailyBefore);
        mvc.perform(post("/transfers/{id}/approve", id).with(demo.as("approver")).with(csrf()))
                .andExpect(flash().attribute("success", "funds.transfer.approved"));

        assertThat(available(ended)).isEqualTo(Money.yuan("5000"));
        assertThat(daily()).isEqualTo(dailyBefore.plus(Money.yuan("3000")));
    }

    // R-FUND-09
    @Test
    void theDistrictAndTheCitysAuditorSeeTheTeaCompanysTransferAndItsMinutesAndASiblingDistrictDoesNot()
            throws Exception {
        long tea = demo.organisationId("ZJ-HZ-XH-LJ");
        mvc.perform(post("/campaigns/{id}/allocations", ended.id()).with(demo.as("finance")).with(csrf())
                        .param("source", "OWN_UNION_FUNDS").param("purpose", "CONDOLENCE").param("matchingRatio", "0")
                        .param("ratioReason", "结余清算，不要求配套")
                        .param("requestKey", UUID.randomUUID().toString()).param("amount_" + tea, "2000"))
                .andExpect(flash().attribute("success", "funds.allocated"));
        close(ended, "approver").andExpect(flash().attribute("success", "campaign.closed.done"));
        String number = "龙井茶业工会〔2026〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
        transfer("lj.finance", ended, "2000", number, today, minutes(MINUTES))
                .andExpect(flash().attribute("success", "funds.transfer.requested"));
        long id = transferNumbered(number);

        for (String login : new String[] {"approver", "auditor"}) {
            mvc.perform(get("/transfers").with(demo.as(login))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(number)))
                    .andExpect(content().string(containsString("杭州西湖龙井茶业有限公司工会")));
        }
        assertThat(mvc.perform(get("/transfers/{id}/minutes", id).with(demo.as("auditor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(MINUTES);
        assertThat(demo.lastAuditDetail("auditor", "BALANCE_TRANSFER_MINUTES_OPEN")).startsWith("sha256 ");
        mvc.perform(get("/").with(demo.as("auditor"))).andExpect(content().string(containsString("href=\"/transfers\"")));
        mvc.perform(get("/transfers").with(demo.as("yuhang.admin"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(number))));
        mvc.perform(get("/transfers/{id}/minutes", id).with(demo.as("yuhang.admin"))).andExpect(status().isForbidden());
    }

    // R-FUND-02 R-FUND-04 R-FUND-09
    @Test
    void theDemoDistrictClosedLastSummersCampaignAndMovedPartOfItsLeftoverOnARecordedDecision() throws Exception {
        Campaign summer = campaigns.list(demo.actor("finance")).stream().filter(c -> c.name().contains("夏季送清凉"))
                .findFirst().orElseThrow();

        assertThat(campaigns.closure(summer.id())).hasValueSatisfying(c -> assertThat(c.closedOn()).isAfter(summer.endsOn()));
        assertThat(available(summer)).isEqualTo(Money.yuan("8000"));
        mvc.perform(get("/transfers").with(demo.as("auditor")))
                .andExpect(content().string(containsString("主席办公会议纪要（第9次）.pdf")))
                .andExpect(content().string(containsString("已批准")));
        var check = mvc.perform(post("/ledger/verify").param("union", String.valueOf(district)).with(csrf())
                .with(demo.as("auditor"))).andReturn().getFlashMap().get("verification");
        // The ledger check of the district passes on the demo data (LedgerCheckView is the web's own type).
        assertThat(check).extracting("problem").isNull();
        for (String part : new String[] {"balances", "entries", "anchors"}) {
            assertThat(check).extracting(part).asInstanceOf(InstanceOfAssertFactories.LIST).as(part).isEmpty();
        }
    }
}
