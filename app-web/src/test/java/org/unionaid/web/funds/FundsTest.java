package org.unionaid.web.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignClosing;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.funds.Allocating;
import org.unionaid.domain.funds.Allocation;
import org.unionaid.domain.funds.AllocationDraft;
import org.unionaid.domain.funds.BalanceTransfer;
import org.unionaid.domain.funds.BalanceTransferring;
import org.unionaid.domain.funds.DonorKind;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.Funds;
import org.unionaid.domain.funds.MatchDraft;
import org.unionaid.domain.funds.MatchingSource;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.funds.TransferRequest;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/** Money in, down and sideways, on the real ledger: the district (西湖区) and its tea company's union. */
@WebIntegrationTest
@Transactional
class FundsTest {

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    FundIntake intake;

    @Autowired
    Allocating allocating;

    @Autowired
    BalanceTransferring transfers;

    @Autowired
    CampaignClosing closing;

    @Autowired
    Ledger ledger;

    @Autowired
    DemoUsers demo;

    @Autowired
    Clock clock;

    private Actor districtFinance;
    private Actor teaFinance;
    private long district;
    private long tea;
    private Campaign campaign;

    @BeforeEach
    void aCampaignOfTheDistrict() {
        districtFinance = demo.actor("finance");
        teaFinance = demo.actor("clerk", Role.FINANCE);
        district = demo.organisationId("ZJ-HZ-XH");
        tea = demo.organisationId("ZJ-HZ-XH-LJ");
        campaign = campaign("送温暖" + UUID.randomUUID(), LocalDate.now(clock).minusMonths(3),
                LocalDate.now(clock).plusMonths(1));
    }

    private Campaign campaign(String name, LocalDate start, LocalDate end) {
        return campaigns.create(demo.actor("approver"), new CampaignDraft(name, start.getYear(), start, end, end,
                null, Map.of(), Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS,
                        FundSource.UNIT_DONATION, FundSource.PERSONAL_DONATION, FundSource.MATCHING))));
    }

    private void receive(Actor finance, Campaign campaign, FundSource source, String amount, String receipt,
            String donor, LocalDate on) {
        intake.record(finance, new ReceiptDraft(campaign.id(), source, FundPurpose.CONDOLENCE, amount, on, receipt,
                null, donor, null));
    }

    private Money available(long union, FundSource source) {
        return ledger.balance(union, AccountKind.AVAILABLE, source, FundPurpose.CONDOLENCE);
    }

    @Test
    void donationsAreBalancesOfTheReceivingUnionAndRankedOnTheBoardWithDailyTotals() {
        LocalDate today = LocalDate.now(clock);
        Money before = available(district, FundSource.UNIT_DONATION);
        receive(districtFinance, campaign, FundSource.UNIT_DONATION, "50,000", "JZ-001", "西湖电子集团", today.minusDays(1));
        receive(districtFinance, campaign, FundSource.UNIT_DONATION, "30000", "JZ-002", "龙井茶业", today.minusDays(1));
        receive(districtFinance, campaign, FundSource.UNIT_DONATION, "25000", "JZ-003", "龙井茶业", today);
        receive(districtFinance, campaign, FundSource.PERSONAL_DONATION, "500", "JZ-004", "周晓燕", today);

        assertThat(available(district, FundSource.UNIT_DONATION)).isEqualTo(before.plus(Money.yuan("105000")));
        assertThat(intake.donationBoard(demo.actor("xihu.admin"), campaign.id()))
                .extracting(Funds.DonorTotal::donorName, Funds.DonorTotal::total, Funds.DonorTotal::donorKind)
                .containsExactly(
                        tuple("龙井茶业", Money.yuan("55000"), DonorKind.UNIT),
                        tuple("西湖电子集团", Money.yuan("50000"), DonorKind.UNIT),
                        tuple("周晓燕", Money.yuan("500"), DonorKind.PERSON));
        assertThat(intake.donationsByDay(demo.actor("xihu.admin"), campaign.id()))
                .extracting(Funds.DailyTotal::day, Funds.DailyTotal::total)
                .containsExactly(tuple(today.minusDays(1), Money.yuan("80000")),
                        tuple(today, Money.yuan("25500")));
        // The tea company's union sees its own subtree's donations only: none were received there.
        assertThat(intake.donationBoard(demo.actor("clerk"), campaign.id())).isEmpty();
        assertThatThrownBy(() -> receive(districtFinance, campaign, FundSource.UNIT_DONATION, "1", "JZ-001", "重复",
                today)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("funds.receiptNumber.duplicate"));
        assertThatThrownBy(() -> intake.donationBoard(demo.actor("yuhang.admin"), campaign.id()))
                .isInstanceOf(OutsideScopeException.class);
    }

    @Test
    void anAllocationMovesMoneyToTheChildOnceAndNeverMoreThanTheGiverHas() {
        Money districtBefore = available(district, FundSource.OWN_UNION_FUNDS);
        Money teaBefore = available(tea, FundSource.OWN_UNION_FUNDS);
        receive(districtFinance, campaign, FundSource.OWN_UNION_FUNDS, "100000", "PZ-101", null, LocalDate.now(clock));
        UUID form = UUID.randomUUID();
        AllocationDraft draft = new AllocationDraft(campaign.id(), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                "1", null, LocalDate.now(clock).plusDays(30), "元旦春节慰问", form, Map.of(tea, "40,000"));

        Allocating.Outcome first = allocating.allocate(districtFinance, draft);
        Allocating.Outcome again = allocating.allocate(districtFinance, draft);

        assertThat(first.repeated()).isFalse();
        assertThat(again.repeated()).isTrue();
        assertThat(again.allocationIds()).isEqualTo(first.allocationIds());
        Money left = districtBefore.plus(Money.yuan("60000"));
        assertThat(available(district, FundSource.OWN_UNION_FUNDS)).isEqualTo(left);
        assertThat(available(tea, FundSource.OWN_UNION_FUNDS)).isEqualTo(teaBefore.plus(Money.yuan("40000")));
        // R-FUND-01: the campaign's own 60,000 left, whatever else the district holds.
        Money campaignLeft = Money.yuan("60000");
        assertThatThrownBy(() -> allocating.allocate(districtFinance, new AllocationDraft(campaign.id(),
                FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "1", null, LocalDate.now(clock), null,
                UUID.randomUUID(), Map.of(tea, campaignLeft.plus(Money.yuan("0.01")).toString()))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("ledger.insufficientBalance");
                    assertThat(e.arguments()).containsExactly(campaignLeft);
                });
        long sibling = demo.organisationId("ZJ-HZ-YH");
        assertThatThrownBy(() -> allocating.allocate(districtFinance, new AllocationDraft(campaign.id(),
                FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "1", null, LocalDate.now(clock), null,
                UUID.randomUUID(), Map.of(sibling, "1")))).isInstanceOf(OutsideScopeException.class);
        assertThat(ledger.balancesMatchPostings()).isTrue();
    }

    @Test
    void theChildsMatchShowsRequiredMatchedShortfallAndIsOverdueOnlyAfterTheDueDay() {
        receive(districtFinance, campaign, FundSource.OWN_UNION_FUNDS, "100000", "PZ-201", null, LocalDate.now(clock));
        LocalDate due = LocalDate.now(clock).plusDays(10);
        long id = allocating.allocate(districtFinance, new AllocationDraft(campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, "1.5", null, due, null, UUID.randomUUID(), Map.of(tea, "20000")))
                .allocationIds().get(0);
        UUID matchForm = UUID.randomUUID();
        Money matchingBefore = ledger.balance(tea, AccountKind.AVAILABLE, FundSource.MATCHING, FundPurpose.CONDOLENCE);

        allocating.recordMatch(teaFinance, id, new MatchDraft("12,000", LocalDate.now(clock), "LJ-PZ-301",
                MatchingSource.UNION_FUNDS, "工会经费", matchForm));
        assertThatThrownBy(() -> allocating.recordMatch(teaFinance, id, new MatchDraft("12,000", LocalDate.now(clock),
                "LJ-PZ-302", MatchingSource.UNION_FUNDS, null, matchForm)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("funds.match.alreadyRecorded"));
        Allocation allocation = allocating.view(districtFinance, id);

        assertThat(allocation.required()).isEqualTo(Money.yuan("30000"));
        assertThat(allocation.matched()).isEqualTo(Money.yuan("12000"));
        assertThat(allocation.shortfall()).isEqualTo(Money.yuan("18000"));
        assertThat(allocation.isOverdue(due)).isFalse();
        assertThat(allocation.isOverdue(due.plusDays(1))).isTrue();
        assertThat(ledger.balance(tea, AccountKind.AVAILABLE, FundSource.MATCHING, FundPurpose.CONDOLENCE))
                .isEqualTo(matchingBefore.plus(Money.yuan("12000")));
        assertThat(allocating.ofOwnUnion(teaFinance)).extracting(Allocation::id).contains(id);
        assertThatThrownBy(() -> allocating.recordMatch(districtFinance, id, new MatchDraft("1", LocalDate.now(clock),
                "PZ-1", MatchingSource.UNION_FUNDS, null, UUID.randomUUID()))).isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> allocating.view(demo.actor("yuhang.admin"), id))
                .isInstanceOf(OutsideScopeException.class);
    }

    @Test
    void aLeftoverMovesToDailyAssistanceOnlyFromAClosedCampaignOnADecisionApprovedByAnotherPerson() {
        Campaign ended = campaign("已结束" + UUID.randomUUID(), LocalDate.now(clock).minusMonths(4),
                LocalDate.now(clock).minusDays(1));
        receive(districtFinance, ended, FundSource.OWN_UNION_FUNDS, "8000", "PZ-301", null, LocalDate.now(clock));
        receive(districtFinance, campaign, FundSource.OWN_UNION_FUNDS, "1000", "PZ-302", null, LocalDate.now(clock));
        LocalDate meeting = LocalDate.now(clock);
        String number = "西工办〔2027〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
        byte[] minutes = "%PDF-1.4 主席办公会议纪要".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> transfers.request(districtFinance, new TransferRequest(campaign.id(),
                FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "100", number, meeting, "纪要.pdf", minutes)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("funds.transfer.campaignNotClosed"));
        closing.close(demo.actor("approver"), ended.id());
        BalanceTransfer request = transfers.request(districtFinance, new TransferRequest(ended.id(),
                FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "5000", number, meeting, "纪要.pdf", minutes));
        Actor financeAsApprover = demo.actor("finance", Role.FINANCE, Role.APPROVER);
        assertThatThrownBy(() -> transfers.approve(financeAsApprover, request.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("funds.transfer.makerChecker"));
        Money before = available(district, FundSource.OWN_UNION_FUNDS);

        BalanceTransfer approved = transfers.approve(demo.actor("approver"), request.id());

        assertThat(approved.status()).isEqualTo(BalanceTransfer.Status.APPROVED);
        assertThat(available(district, FundSource.OWN_UNION_FUNDS)).isEqualTo(before.minus(Money.yuan("5000")));
        assertThat(ledger.balance(district, ended.id(), AccountKind.AVAILABLE, FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE)).isEqualTo(Money.yuan("3000"));
        assertThat(ledger.balance(district, null, AccountKind.AVAILABLE, FundSource.OWN_UNION_FUNDS, FundPurpose.DAILY))
                .isGreaterThanOrEqualTo(Money.yuan("5000"));
        assertThatThrownBy(() -> transfers.approve(demo.actor("approver"), request.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("funds.transfer.decided"));
        assertThat(ledger.balancesMatchPostings()).isTrue();
    }
}
