package org.unionaid.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.fixtures.Actors;
import org.unionaid.domain.fixtures.CampaignBuilder;
import org.unionaid.domain.fixtures.FixedClock;
import org.unionaid.domain.fixtures.InMemoryCampaigns;
import org.unionaid.domain.fixtures.InMemoryFunds;
import org.unionaid.domain.fixtures.InMemoryJournal;
import org.unionaid.domain.fixtures.InMemoryOrganisations;
import org.unionaid.domain.fixtures.RecordingAuditLog;
import org.unionaid.domain.fixtures.UnionTree;
import org.unionaid.domain.funds.Allocating;
import org.unionaid.domain.funds.MatchDraft;
import org.unionaid.domain.funds.MatchingGate;
import org.unionaid.domain.funds.MatchingSource;
import org.unionaid.domain.funds.AllocationDraft;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.ledger.BalanceRow;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;

/**
 * Closing a campaign (活动结项): the organiser's approver or finance officer closes it after its end date once its
 * payments are settled, and from then on it takes no receipt, allocation or match. The city's campaign 5 ran
 * through January and February 2026 and holds 8,000 of donations.
 * Specifies R-FUND-02 and R-FUND-03 (docs/rules.md).
 */
class CampaignClosingTest {

    private static final LocalDate ENDS = LocalDate.of(2026, 2, 28);
    private static final LocalDate AFTER = LocalDate.of(2026, 3, 2);

    private final InMemoryOrganisations organisations = new InMemoryOrganisations();
    private final UnionTree tree = new UnionTree(organisations);
    private final Organisation city = tree.root("HZ", OrganisationType.CITY);
    private final Organisation county = tree.under(city, "XH", OrganisationType.COUNTY);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(organisations);
    private final InMemoryJournal journal = new InMemoryJournal();
    private final InMemoryFunds funds = new InMemoryFunds(organisations, campaigns);
    private final RecordingAuditLog auditLog = new RecordingAuditLog(organisations);
    private final Actor approver = Actors.user(11, city, Role.APPROVER);
    private final Actor finance = Actors.user(12, city, Role.FINANCE);

    {
        campaigns.add(CampaignBuilder.organisedBy(city).id(5).running(LocalDate.of(2026, 1, 1), ENDS)
                .allowing(FundPurpose.CONDOLENCE, FundSource.UNIT_DONATION).build());
        intakeOn(ENDS).record(finance, new ReceiptDraft(5L, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, "8000",
                ENDS, "JZ-1", null, "某公司", null));
    }

    private CampaignAdministration administrationOn(LocalDate today) {
        return new CampaignAdministration(campaigns, organisations, auditLog, FixedClock.on(today));
    }

    private CampaignClosing closingOn(LocalDate today) {
        return new CampaignClosing(campaigns, administrationOn(today), journal.readings(), auditLog,
                FixedClock.on(today));
    }

    private FundIntake intakeOn(LocalDate today) {
        return new FundIntake(funds, new Ledger(journal, journal.readings(), FixedClock.on(today)),
                administrationOn(today), organisations, auditLog, FixedClock.on(today));
    }

    private Allocating allocatingOn(LocalDate today) {
        return new Allocating(funds, new Ledger(journal, journal.readings(), FixedClock.on(today)),
                administrationOn(today), organisations, auditLog, FixedClock.on(today),
                new MatchingGate(funds, FixedClock.on(today)));
    }

    private static void refusedWith(Runnable closing, String messageKey, Object... arguments) {
        assertThatThrownBy(closing::run).isInstanceOfSatisfying(DomainException.class, refusal -> {
            assertThat(refusal.messageKey()).isEqualTo(messageKey);
            assertThat(refusal.arguments()).containsExactly(arguments);
        });
    }

    // R-FUND-02
    @Test
    void theOrganisersApproverOrFinanceClosesItAfterItsEndDateOnceAndTheClosingIsRecorded() {
        Campaigns.Closure closure = closingOn(AFTER).close(approver, 5);

        assertThat(closure.closedOn()).isEqualTo(AFTER);
        assertThat(closure.closedBy()).isEqualTo(approver.userId());
        assertThat(campaigns.closure(5)).contains(closure);
        assertThat(auditLog.last().action()).isEqualTo(AuditAction.CAMPAIGN_CLOSE);
        refusedWith(() -> closingOn(AFTER).close(finance, 5), "campaign.close.already", "2026年元旦春节送温暖", AFTER);
    }

    // R-FUND-02
    @Test
    void aCampaignStillRunningOnItsLastDayIsNotClosed() {
        refusedWith(() -> closingOn(ENDS).close(finance, 5), "campaign.close.notEnded", ENDS);
        assertThat(campaigns.closure(5)).isEmpty();
    }

    // R-FUND-02
    @Test
    void aDraftBatchWithHouseholdsOrALineNotSettledKeepsItOpen() {
        campaigns.openWork(5, new Campaigns.OpenWork(2, 0));
        refusedWith(() -> closingOn(AFTER).close(finance, 5), "campaign.close.draftBatches", 2);
        campaigns.openWork(5, new Campaigns.OpenWork(0, 17));
        refusedWith(() -> closingOn(AFTER).close(finance, 5), "campaign.close.unsettledLines", 17);
        assertThat(campaigns.closure(5)).isEmpty();
    }

    // R-FUND-02
    @Test
    void onlyTheOrganisingUnionClosesItAndOnlyItsApproverOrFinance() {
        refusedWith(() -> closingOn(AFTER).close(Actors.user(21, county, Role.APPROVER), 5),
                "campaign.close.notOrganiser", "HZ工会");
        assertThatThrownBy(() -> closingOn(AFTER).close(Actors.user(22, city, Role.CLERK), 5))
                .isInstanceOf(OutsideScopeException.class);
    }

    // R-FUND-03
    @Test
    void aClosedCampaignTakesNoReceiptAllocationOrMatch() {
        Allocating allocating = allocatingOn(ENDS);
        long allocation = allocating.allocate(finance, new AllocationDraft(5, FundSource.UNIT_DONATION,
                FundPurpose.CONDOLENCE, "1", null, AFTER, null, UUID.randomUUID(), Map.of(county.getId(), "1000")))
                .allocationIds().get(0);
        closingOn(AFTER).close(approver, 5);

        refusedWith(() -> intakeOn(AFTER).record(finance, new ReceiptDraft(5L, FundSource.UNIT_DONATION,
                FundPurpose.CONDOLENCE, "100", AFTER, "JZ-2", null, "某公司", null)), "campaign.closed.frozen",
                "2026年元旦春节送温暖", AFTER);
        refusedWith(() -> allocatingOn(AFTER).allocate(finance, new AllocationDraft(5, FundSource.UNIT_DONATION,
                FundPurpose.CONDOLENCE, "0", "试点单位不要求配套", null, null, UUID.randomUUID(),
                Map.of(county.getId(), "100"))),
                "campaign.closed.frozen", "2026年元旦春节送温暖", AFTER);
        refusedWith(() -> allocatingOn(AFTER).recordMatch(Actors.user(23, county, Role.FINANCE), allocation,
                new MatchDraft("100", AFTER, "凭-1", MatchingSource.UNION_FUNDS, null, UUID.randomUUID())),
                "campaign.closed.frozen", "2026年元旦春节送温暖", AFTER);
    }

    // R-FUND-02
    @Test
    void theLeftoverIsShownPerSourceAndPurpose() {
        closingOn(AFTER).close(approver, 5);

        assertThat(closingOn(AFTER).leftover(finance, 5)).containsExactly(new BalanceRow(FundSource.UNIT_DONATION,
                FundPurpose.CONDOLENCE, Money.yuan("8000"), Money.ZERO, Money.ZERO, 5L));
    }
}
