package org.unionaid.domain.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.Campaigns;
import org.unionaid.domain.fixtures.Actors;
import org.unionaid.domain.fixtures.CampaignBuilder;
import org.unionaid.domain.fixtures.FixedClock;
import org.unionaid.domain.fixtures.InMemoryCampaigns;
import org.unionaid.domain.fixtures.InMemoryFunds;
import org.unionaid.domain.fixtures.InMemoryJournal;
import org.unionaid.domain.fixtures.InMemoryOrganisations;
import org.unionaid.domain.fixtures.RecordingAuditLog;
import org.unionaid.domain.fixtures.UnionTree;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.JournalEntryDraft;
import org.unionaid.domain.ledger.JournalLine;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.ledger.LedgerAccount;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;

/**
 * A closed campaign's leftover moved to daily assistance (结余转入日常帮扶): on a recorded decision of the chair's
 * office meeting (seed 002) held after the closing, with its minutes, for no more than the campaign's own leftover,
 * requested by one person and decided by another. Campaign 5 ended on 28 February with 5,000 of its own money and
 * was closed on 2 March; campaign 7, a campaign with no money, ended and was closed too; campaign 6 ended but is open.
 * Allocated money whose match is overdue stays where it is (R-MATCH-02).
 * Specifies R-MATCH-02, R-FUND-04, R-FUND-05, R-FUND-06, R-FUND-07 and R-FUND-08 (docs/rules.md).
 */
class BalanceTransferringTest {

    private static final LocalDate ENDS = LocalDate.of(2026, 2, 28);
    private static final LocalDate CLOSED = LocalDate.of(2026, 3, 2);
    private static final LocalDate DECIDED = LocalDate.of(2026, 3, 5);
    private static final byte[] MINUTES = "%PDF-1.4 主席办公会议纪要".getBytes(StandardCharsets.UTF_8);
    private static final String NUMBER = "主席办〔2026〕3号";

    private final InMemoryOrganisations organisations = new InMemoryOrganisations();
    private final UnionTree tree = new UnionTree(organisations);
    private final Organisation city = tree.root("HZ", OrganisationType.CITY);
    private final Organisation county = tree.under(city, "XH", OrganisationType.COUNTY);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(organisations);
    private final InMemoryJournal journal = new InMemoryJournal();
    private final InMemoryFunds funds = new InMemoryFunds(organisations, campaigns);
    private final RecordingAuditLog auditLog = new RecordingAuditLog(organisations);
    private final Actor finance = Actors.user(11, city, Role.FINANCE);
    private final Actor chair = Actors.user(12, city, Role.APPROVER);

    {
        campaigns.add(CampaignBuilder.organisedBy(city).id(5).running(LocalDate.of(2026, 1, 1), ENDS).build());
        campaigns.add(CampaignBuilder.organisedBy(city).id(6).named("已结束未结项").running(LocalDate.of(2026, 1, 1), ENDS)
                .build());
        campaigns.add(CampaignBuilder.organisedBy(city).id(7).named("空活动").running(LocalDate.of(2026, 2, 1), ENDS)
                .build());
        for (long campaign : new long[] {5, 7}) {
            campaigns.close(campaign, new Campaigns.Closure(CLOSED, chair.userId(), Instant.parse("2026-03-02T02:00:00Z")));
        }
        new Ledger(journal, journal.readings(), FixedClock.on(ENDS)).post(JournalEntryDraft.of(EntryKind.DONATION,
                new DocumentRef("fund_receipt", 1), null,
                JournalLine.of(city.getId(), AccountKind.RECEIVED, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE,
                        Money.yuan("-5000")),
                JournalLine.of(city.getId(), AccountKind.AVAILABLE, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE,
                        Money.yuan("5000"))).forCampaign(5), 1);
    }

    private BalanceTransferring transfersOn(LocalDate today) {
        Ledger ledger = new Ledger(journal, journal.readings(), FixedClock.on(today));
        return new BalanceTransferring(funds, ledger,
                new CampaignAdministration(campaigns, organisations, auditLog, FixedClock.on(today)), organisations,
                auditLog, FixedClock.on(today), new MatchingGate(funds, FixedClock.on(today)));
    }

    private final BalanceTransferring transfers = transfersOn(DECIDED);

    private static TransferRequest form(long campaign, String amount, String number, LocalDate meeting, byte[] minutes) {
        return new TransferRequest(campaign, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, amount, number, meeting,
                "纪要.pdf", minutes);
    }

    private BalanceTransfer request(String amount) {
        return transfers.request(finance, form(5, amount, NUMBER, DECIDED, MINUTES));
    }

    private Money campaignMoney() {
        return journal.balance(LedgerAccount.available(city.getId(), 5L,
                FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE));
    }

    private Money dailyMoney() {
        return journal.balance(LedgerAccount.available(city.getId(), null,
                FundSource.UNIT_DONATION, FundPurpose.DAILY));
    }

    private DomainException refused(TransferRequest request) {
        try {
            transfers.request(finance, request);
        } catch (DomainException e) {
            assertThat(funds.transfersOf(city.path())).as("nothing requested").isEmpty();
            return e;
        }
        throw new AssertionError("the transfer was requested");
    }

    @Test
    void aRequestedTransferMovesNothingUntilApprovedAndKeepsItsMinutes() {
        BalanceTransfer requested = request("3,000");

        assertThat(requested.status()).isEqualTo(BalanceTransfer.Status.REQUESTED);
        assertThat(requested.requestedBy()).isEqualTo(finance.userId());
        assertThat(requested.minutesSha256()).hasSize(64);
        assertThat(funds.transferMinutes(requested.id())).hasValueSatisfying(m -> assertThat(m).isEqualTo(MINUTES));
        assertThat(campaignMoney()).isEqualTo(Money.yuan("5000"));
        assertThat(auditLog.last().action()).isEqualTo(AuditAction.BALANCE_TRANSFER_REQUEST);
    }

    @Test
    void anApprovedTransferMovesTheCampaignsMoneyToTheDailyPoolKeepingItsSource() {
        BalanceTransfer approved = transfers.approve(chair, request("3000").id());

        assertThat(approved.status()).isEqualTo(BalanceTransfer.Status.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(chair.userId());
        assertThat(campaignMoney()).isEqualTo(Money.yuan("2000"));
        assertThat(dailyMoney()).isEqualTo(Money.yuan("3000"));
        assertThat(journal.entries()).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(EntryKind.BALANCE_TRANSFER);
            assertThat(entry.header().memo()).isEqualTo(NUMBER);
            assertThat(entry.lines()).extracting(line -> line.account().campaignId()).containsExactly(5L, null);
        });
    }

    // R-FUND-04
    @Test
    void moneyMovesOnlyFromAClosedCampaignNotOneThatMerelyEndedOrIsRunning() {
        assertThat(refused(form(6, "100", NUMBER, DECIDED, MINUTES)))
                .satisfies(refusal -> assertThat(refusal.messageKey()).isEqualTo("funds.transfer.campaignNotClosed"))
                .satisfies(refusal -> assertThat(refusal.arguments()).containsExactly("已结束未结项"));
    }

    // R-FUND-05
    @Test
    void theMeetingIsHeldOnOrAfterTheClosingAndNotInTheFuture() {
        assertThat(refused(form(5, "100", NUMBER, CLOSED.minusDays(1), MINUTES)))
                .satisfies(refusal -> assertThat(refusal.messageKey()).isEqualTo("funds.transfer.meetingBeforeClosing"))
                .satisfies(refusal -> assertThat(refusal.arguments()).containsExactly(CLOSED.minusDays(1), CLOSED));
        assertThat(refused(form(5, "100", NUMBER, DECIDED.plusMonths(7), MINUTES)).messageKey())
                .isEqualTo("funds.transfer.meetingInFuture");
        assertThat(refused(form(5, "100", NUMBER, null, MINUTES)).messageKey())
                .isEqualTo("funds.transfer.meetingDateRequired");
        assertThat(transfersOn(CLOSED).request(finance, form(5, "100", NUMBER, CLOSED, MINUTES)).decisionDate())
                .isEqualTo(CLOSED);
    }

    // R-FUND-06
    @Test
    void aDecisionNumberIsUsedOnceInTheUnionUnlessItsRequestWasRejected() {
        BalanceTransfer first = request("100");

        assertThatThrownBy(() -> transfers.request(finance, form(5, "100", " " + NUMBER + " ", DECIDED, MINUTES)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("funds.transfer.decisionNumberTaken");
                    assertThat(refusal.arguments()).containsExactly(NUMBER);
                });
        transfers.reject(chair, first.id(), "纪要页码不全");
        assertThat(request("100").status()).isEqualTo(BalanceTransfer.Status.REQUESTED);
        // Another union's numbers are its own: the county is refused for want of the campaign's money only.
        assertThatThrownBy(() -> transfers.request(Actors.user(21, county, Role.FINANCE),
                form(5, "0.01", NUMBER, DECIDED, MINUTES))).hasMessage("funds.transfer.aboveLeftover");
    }

    // R-FUND-06
    @Test
    void aDecisionNumberIsGivenAndShort() {
        assertThat(refused(form(5, "100", " ", DECIDED, MINUTES)).messageKey())
                .isEqualTo("funds.transfer.decisionNumberRequired");
        assertThat(refused(form(5, "100", "号".repeat(51), DECIDED, MINUTES)).field()).isEqualTo("decisionNumber");
    }

    // R-FUND-07
    @Test
    void theMinutesAreAttachedAndArePdfByTheirContent() {
        assertThat(refused(form(5, "100", NUMBER, DECIDED, null)).messageKey()).isEqualTo("funds.transfer.minutesRequired");
        assertThat(refused(form(5, "100", NUMBER, DECIDED, new byte[0])).messageKey())
                .isEqualTo("funds.transfer.minutesRequired");
        assertThat(refused(form(5, "100", NUMBER, DECIDED, "会议纪要，不是 PDF".getBytes(StandardCharsets.UTF_8)))
                .messageKey()).isEqualTo("funds.transfer.minutesNotPdf");
    }

    // R-FUND-08
    @Test
    void onlyTheCampaignsOwnLeftoverMayBeMovedNotAnotherCampaignsMoney() {
        assertThat(refused(form(5, "5000.01", NUMBER, DECIDED, MINUTES)))
                .satisfies(refusal -> assertThat(refusal.messageKey()).isEqualTo("funds.transfer.aboveLeftover"))
                .satisfies(refusal -> assertThat(refusal.arguments()).containsExactly(Money.yuan("5000")));
        // The union holds 5,000 of campaign 5; the closed campaign 7 has none of its own.
        assertThat(refused(form(7, "100", NUMBER, DECIDED, MINUTES)).arguments()).containsExactly(Money.ZERO);
        assertThat(refused(form(5, "0", NUMBER, DECIDED, MINUTES)).messageKey()).isEqualTo("funds.amount.required");
    }

    // R-FUND-08
    @Test
    void theRulesAreJudgedAgainAtApprovalOnTheLeftoverAsItIsThen() {
        BalanceTransfer first = request("3000");
        BalanceTransfer second = transfers.request(finance, form(5, "3000", "主席办〔2026〕4号", DECIDED, MINUTES));
        transfers.approve(chair, first.id());

        assertThatThrownBy(() -> transfers.approve(chair, second.id())).isInstanceOfSatisfying(DomainException.class,
                refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("funds.transfer.aboveLeftover");
                    assertThat(refusal.arguments()).containsExactly(Money.yuan("2000"));
                });
        assertThat(dailyMoney()).isEqualTo(Money.yuan("3000"));
    }

    // R-MC-01
    @Test
    void theRequesterMayNotApproveOrRejectTheirOwnRequest() {
        Actor financeAndApprover = Actors.user(11, city, Role.FINANCE, Role.APPROVER);
        BalanceTransfer requested = request("100");

        assertThatThrownBy(() -> transfers.approve(financeAndApprover, requested.id()))
                .hasMessage("funds.transfer.makerChecker");
        assertThatThrownBy(() -> transfers.reject(financeAndApprover, requested.id(), "不同意"))
                .hasMessage("funds.transfer.makerChecker");
        assertThat(dailyMoney()).isEqualTo(Money.ZERO);
    }

    @Test
    void aTransferIsDecidedOnceByAnApproverOrAdministratorOfItsUnion() {
        BalanceTransfer requested = request("100");

        assertThatThrownBy(() -> transfers.approve(Actors.user(13, city, Role.FINANCE), requested.id()))
                .isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> transfers.approve(Actors.user(14, county, Role.APPROVER), requested.id()))
                .isInstanceOf(OutsideScopeException.class);
        BalanceTransfer rejected = transfers.reject(Actors.user(15, city, Role.ADMIN), requested.id(), " 未经会议审议 ");
        assertThatThrownBy(() -> transfers.approve(chair, requested.id())).hasMessage("funds.transfer.decided");

        assertThat(rejected.status()).isEqualTo(BalanceTransfer.Status.REJECTED);
        assertThat(dailyMoney()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> transfers.reject(chair, request("100").id(), " "))
                .hasMessage("funds.transfer.reasonRequired");
    }

    @Test
    void moneyMovesFromAStatedSourceAndAPurposeOtherThanDailyAssistance() {
        TransferRequest noSource = new TransferRequest(5L, null, FundPurpose.CONDOLENCE, "100", NUMBER, DECIDED, "m.pdf",
                MINUTES);
        TransferRequest daily = new TransferRequest(5L, FundSource.UNIT_DONATION, FundPurpose.DAILY, "100", NUMBER,
                DECIDED, "m.pdf", MINUTES);
        assertThat(refused(noSource).messageKey()).isEqualTo("funds.source.required");
        assertThat(refused(daily).messageKey()).isEqualTo("funds.transfer.purpose");
    }

    // R-FUND-09
    @Test
    void theParentSeesEveryTransferOfItsSubtreeWithItsMinutesAndASiblingNone() {
        BalanceTransfer requested = request("100");
        Organisation sibling = tree.under(tree.root("NB", OrganisationType.CITY), "HS", OrganisationType.COUNTY);

        assertThat(transfers.list(Actors.user(31, city, Role.AUDITOR))).extracting(BalanceTransfer::id)
                .containsExactly(requested.id());
        assertThat(transfers.minutes(Actors.user(31, city, Role.AUDITOR), requested.id()).content()).isEqualTo(MINUTES);
        assertThat(transfers.list(Actors.user(32, county, Role.AUDITOR))).isEmpty();
        assertThatThrownBy(() -> transfers.minutes(Actors.user(33, sibling, Role.AUDITOR), requested.id()))
                .isInstanceOf(OutsideScopeException.class);
    }

    /** The city hands the county 2,000 of its donations, to be matched 1:1 by {@code due}. */
    private long allocatedToTheCounty(LocalDate due) {
        new Ledger(journal, journal.readings(), FixedClock.on(ENDS)).post(JournalEntryDraft.of(EntryKind.ALLOCATION,
                new DocumentRef("allocation", 1), null,
                JournalLine.of(city.getId(), AccountKind.AVAILABLE, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE,
                        Money.yuan("-2000")),
                JournalLine.of(county.getId(), AccountKind.AVAILABLE, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE,
                        Money.yuan("2000"))).forCampaign(5), 1);
        long id = funds.nextAllocationId();
        funds.addAllocation(id, 5, city.getId(), county.getId(), FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE,
                Money.yuan("2000"), BigDecimal.ONE, null, due, null, UUID.randomUUID(), 1, finance.userId());
        return id;
    }

    @Test
    void allocatedMoneyWhoseMatchIsOverdueIsNotMovedToDailyAssistance() {
        // R-MATCH-02: requested after the due day, or approved after it.
        allocatedToTheCounty(CLOSED);
        Actor countyFinance = Actors.user(21, county, Role.FINANCE);
        Actor countyChair = Actors.user(22, county, Role.APPROVER);
        TransferRequest county = new TransferRequest(5L, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, "500",
                "西工办〔2026〕2号", CLOSED, "纪要.pdf", MINUTES);

        assertThatThrownBy(() -> transfers.request(countyFinance, county)).isInstanceOfSatisfying(
                DomainException.class, refusal -> assertThat(refusal.messageKey()).isEqualTo("funds.match.overdue"));
        BalanceTransfer early = transfersOn(CLOSED).request(countyFinance, county);

        assertThatThrownBy(() -> transfersOn(CLOSED.plusDays(1)).approve(countyChair, early.id()))
                .hasMessage("funds.match.overdue");
        assertThat(funds.transfer(early.id()).orElseThrow().status()).isEqualTo(BalanceTransfer.Status.REQUESTED);
        // The city's own money is not held by what the county owes.
        assertThat(transfers.approve(chair, request("100").id()).status()).isEqualTo(BalanceTransfer.Status.APPROVED);
    }
}
