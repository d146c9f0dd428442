package org.unionaid.domain.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.campaign.CampaignAdministration;
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
 * A campaign's leftover money moved to daily assistance (结余转入日常帮扶): after the campaign, on a recorded
 * decision of the chair's office meeting (seed 002), requested by one person and decided by another.
 * Specifies R-MATCH-02 for transfers: allocated money whose match is overdue stays where it is.
 */
class BalanceTransfersTest {

    private static final LocalDate ENDS = LocalDate.of(2026, 2, 28);
    private static final LocalDate DECIDED = LocalDate.of(2026, 3, 5);

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
        new Ledger(journal, journal.readings(), FixedClock.on(ENDS)).post(JournalEntryDraft.of(EntryKind.DONATION,
                new DocumentRef("fund_receipt", 1), null,
                JournalLine.of(city.getId(), AccountKind.RECEIVED, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE,
                        Money.yuan("-5000")),
                JournalLine.of(city.getId(), AccountKind.AVAILABLE, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE,
                        Money.yuan("5000"))), 1);
    }

    private BalanceTransfers transfersOn(LocalDate today) {
        Ledger ledger = new Ledger(journal, journal.readings(), FixedClock.on(today));
        return new BalanceTransfers(funds, ledger,
                new CampaignAdministration(campaigns, organisations, auditLog, FixedClock.on(today)), auditLog,
                new MatchingGate(funds, FixedClock.on(today)));
    }

    private final BalanceTransfers transfers = transfersOn(DECIDED);

    private BalanceTransfer request(String amount) {
        return transfers.request(finance, 5, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, amount, "主席办〔2026〕3号",
                DECIDED, "会议纪要第3号");
    }

    private Money available(FundPurpose purpose) {
        return journal.balance(new LedgerAccount(city.getId(), AccountKind.AVAILABLE,
                FundSource.UNIT_DONATION, purpose));
    }

    private DomainException refusedRequest(FundSource source, FundPurpose purpose, String amount, String number,
            LocalDate date, String document) {
        try {
            transfers.request(finance, 5, source, purpose, amount, number, date, document);
        } catch (DomainException e) {
            assertThat(funds.transfersOf(city.path())).as("nothing requested").isEmpty();
            return e;
        }
        throw new AssertionError("the transfer was requested");
    }

    @Test
    void aRequestedTransferMovesNothingUntilApproved() {
        BalanceTransfer requested = request("3,000");

        assertThat(requested.status()).isEqualTo(BalanceTransfer.Status.REQUESTED);
        assertThat(requested.requestedBy()).isEqualTo(finance.userId());
        assertThat(available(FundPurpose.CONDOLENCE)).isEqualTo(Money.yuan("5000"));
        assertThat(auditLog.last().action()).isEqualTo(AuditAction.BALANCE_TRANSFER_REQUEST);
    }

    @Test
    void anApprovedTransferMovesTheMoneyToDailyAssistanceKeepingItsSource() {
        BalanceTransfer requested = request("3000");

        BalanceTransfer approved = transfers.approve(chair, requested.id());

        assertThat(approved.status()).isEqualTo(BalanceTransfer.Status.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(chair.userId());
        assertThat(available(FundPurpose.CONDOLENCE)).isEqualTo(Money.yuan("2000"));
        assertThat(available(FundPurpose.DAILY)).isEqualTo(Money.yuan("3000"));
        assertThat(journal.entries()).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(EntryKind.BALANCE_TRANSFER);
            assertThat(entry.header().memo()).isEqualTo("主席办〔2026〕3号");
        });
    }

    @Test
    void moneyMovesOnlyAfterTheCampaignHasEnded() {
        BalanceTransfers duringCampaign = transfersOn(ENDS);

        assertThatThrownBy(() -> duringCampaign.request(finance, 5, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE,
                "100", "主席办〔2026〕3号", DECIDED, "纪要")).isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("funds.transfer.campaignRunning");
                    assertThat(refusal.arguments()).containsExactly(ENDS);
                });
    }

    @Test
    void theRequesterMayNotApproveOrRejectTheirOwnRequest() {
        Actor financeAndApprover = Actors.user(11, city, Role.FINANCE, Role.APPROVER);
        BalanceTransfer requested = request("100");

        assertThatThrownBy(() -> transfers.approve(financeAndApprover, requested.id()))
                .hasMessage("funds.transfer.makerChecker");
        assertThatThrownBy(() -> transfers.reject(financeAndApprover, requested.id(), "不同意"))
                .hasMessage("funds.transfer.makerChecker");
        assertThat(available(FundPurpose.DAILY)).isEqualTo(Money.ZERO);
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
        assertThat(available(FundPurpose.DAILY)).isEqualTo(Money.ZERO);
    }

    @Test
    void aRejectionGivesItsReason() {
        BalanceTransfer requested = request("100");

        assertThatThrownBy(() -> transfers.reject(chair, requested.id(), " ")).hasMessage("funds.transfer.reasonRequired");
        assertThat(funds.transfer(requested.id()).orElseThrow().status()).isEqualTo(BalanceTransfer.Status.REQUESTED);
    }

    @Test
    void aTransferCitesTheMeetingsDecisionByNumberDateAndDocument() {
        assertThat(refusedRequest(FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, "100", " ", DECIDED, "纪要")
                .field()).isEqualTo("decisionNumber");
        assertThat(refusedRequest(FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, "100", "号".repeat(51), DECIDED,
                "纪要").messageKey()).isEqualTo("funds.transfer.decisionRequired");
        assertThat(refusedRequest(FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, "100", "3号", null, "纪要")
                .field()).isEqualTo("decisionDate");
        assertThat(refusedRequest(FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, "100", "3号", DECIDED, null)
                .field()).isEqualTo("decisionDocument");
    }

    @Test
    void moneyMovesFromAStatedSourceAndAPurposeOtherThanDailyAssistance() {
        assertThat(refusedRequest(null, FundPurpose.CONDOLENCE, "100", "3号", DECIDED, "纪要").messageKey())
                .isEqualTo("funds.source.required");
        assertThat(refusedRequest(FundSource.UNIT_DONATION, FundPurpose.DAILY, "100", "3号", DECIDED, "纪要")
                .messageKey()).isEqualTo("funds.transfer.purpose");
        assertThat(refusedRequest(FundSource.UNIT_DONATION, null, "100", "3号", DECIDED, "纪要").messageKey())
                .isEqualTo("funds.transfer.purpose");
    }

    @Test
    void onlyWhatIsLeftMayBeMoved() {
        DomainException refusal = refusedRequest(FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, "5000.01", "3号",
                DECIDED, "纪要");

        assertThat(refusal.messageKey()).isEqualTo("ledger.insufficientBalance");
        assertThat(refusedRequest(FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, "0", "3号", DECIDED, "纪要")
                .messageKey()).isEqualTo("funds.amount.required");
    }

    /** The city hands the county 2,000 of its donations, to be matched 1:1 by {@code due}. */
    private long allocatedToTheCounty(LocalDate due) {
        new Ledger(journal, journal.readings(), FixedClock.on(ENDS)).post(JournalEntryDraft.of(EntryKind.ALLOCATION,
                new DocumentRef("allocation", 1), null,
                JournalLine.of(city.getId(), AccountKind.AVAILABLE, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE,
                        Money.yuan("-2000")),
                JournalLine.of(county.getId(), AccountKind.AVAILABLE, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE,
                        Money.yuan("2000"))), 1);
        long id = funds.nextAllocationId();
        funds.addAllocation(id, 5, city.getId(), county.getId(), FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE,
                Money.yuan("2000"), BigDecimal.ONE, null, due, null, UUID.randomUUID(), 1, finance.userId());
        return id;
    }

    @Test
    void allocatedMoneyWhoseMatchIsOverdueIsNotMovedToDailyAssistance() {
        // R-MATCH-02: requested after the due day, or approved after it.
        allocatedToTheCounty(LocalDate.of(2026, 3, 1));
        Actor countyFinance = Actors.user(21, county, Role.FINANCE);
        Actor countyChair = Actors.user(22, county, Role.APPROVER);

        assertThatThrownBy(() -> transfers.request(countyFinance, 5, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE,
                "500", "西工办〔2026〕2号", DECIDED, "纪要")).isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("funds.match.overdue"));
        BalanceTransfer early = transfersOn(LocalDate.of(2026, 3, 1)).request(countyFinance, 5,
                FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, "500", "西工办〔2026〕2号", LocalDate.of(2026, 3, 1),
                "纪要");

        assertThatThrownBy(() -> transfersOn(LocalDate.of(2026, 3, 2)).approve(countyChair, early.id()))
                .hasMessage("funds.match.overdue");
        assertThat(funds.transfer(early.id()).orElseThrow().status()).isEqualTo(BalanceTransfer.Status.REQUESTED);
        // The city's own money is not held by what the county owes.
        assertThat(transfers.approve(chair, request("100").id()).status()).isEqualTo(BalanceTransfer.Status.APPROVED);
    }
}
