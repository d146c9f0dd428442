package org.unionaid.domain.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Handing money down to direct children (下拨) and the children's matching money (配套).
 * Specifies R-MATCH-01 (a ratio below 1:1 is stated with its reason), R-MATCH-02 (money whose match is overdue
 * is not handed on) and R-MATCH-03 (a match is booked with its voucher and origin).
 */
class AllocatingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 20);
    private static final LocalDate DUE = LocalDate.of(2026, 2, 10);

    private final InMemoryOrganisations organisations = new InMemoryOrganisations();
    private final UnionTree tree = new UnionTree(organisations);
    private final Organisation province = tree.root("ZJ", OrganisationType.PROVINCE);
    private final Organisation city = tree.under(province, "HZ", OrganisationType.CITY);
    private final Organisation xihu = tree.under(city, "XH", OrganisationType.COUNTY);
    private final Organisation binjiang = tree.under(city, "BJ", OrganisationType.COUNTY);
    private final Organisation xihuBase = tree.under(xihu, "XH-1", OrganisationType.BASE);
    private final Organisation ningbo = tree.under(province, "NB", OrganisationType.CITY);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(organisations);
    private final InMemoryJournal journal = new InMemoryJournal();
    private final Ledger ledger = new Ledger(journal, journal.readings(), FixedClock.on(TODAY));
    private final InMemoryFunds funds = new InMemoryFunds(organisations, campaigns);
    private final RecordingAuditLog auditLog = new RecordingAuditLog(organisations);
    private final Allocating allocating = allocatingOn(TODAY);
    private final Actor finance = Actors.finance(city);
    private int vouchers;

    /** The use case as it runs on {@code day}, on the same books. */
    private Allocating allocatingOn(LocalDate day) {
        return new Allocating(funds, ledger,
                new CampaignAdministration(campaigns, organisations, auditLog, FixedClock.on(day)), organisations,
                auditLog, FixedClock.on(day), new MatchingGate(funds, FixedClock.on(day)));
    }

    /** A match from union funds under a voucher of its own. */
    private MatchDraft match(String amount, LocalDate receivedOn, String note, UUID form) {
        return new MatchDraft(amount, receivedOn, "记-" + ++vouchers, MatchingSource.UNION_FUNDS, note, form);
    }

    {
        campaigns.add(CampaignBuilder.organisedBy(province).id(5)
                .allowing(FundPurpose.CONDOLENCE, FundSource.UNIT_DONATION).build());
        receive(city, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, "10000");
        receive(city, FundSource.UNIT_DONATION, FundPurpose.GENERAL, "3000");
    }

    private void receive(Organisation union, FundSource source, FundPurpose purpose, String yuan) {
        ledger.post(JournalEntryDraft.of(EntryKind.DONATION, new DocumentRef("fund_receipt", 1), null,
                JournalLine.of(union.getId(), AccountKind.RECEIVED, source, purpose, Money.yuan("-" + yuan)),
                JournalLine.of(union.getId(), AccountKind.AVAILABLE, source, purpose, Money.yuan(yuan)))
                // R-FUND-01: campaign 5's money, which its allocations spend.
                .forCampaign(5), 1);
    }

    private Money available(Organisation union, FundSource source, FundPurpose purpose) {
        return ledger.balance(union.getId(), AccountKind.AVAILABLE, source, purpose);
    }

    private static Map<Long, String> amounts(Object... childAndAmount) {
        Map<Long, String> amounts = new LinkedHashMap<>();
        for (int i = 0; i < childAndAmount.length; i += 2) {
            amounts.put(((Organisation) childAndAmount[i]).getId(), (String) childAndAmount[i + 1]);
        }
        return amounts;
    }

    private static AllocationDraft draft(String ratio, LocalDate due, Map<Long, String> amounts) {
        return explained(ratio, null, due, amounts);
    }

    private static AllocationDraft explained(String ratio, String reason, LocalDate due, Map<Long, String> amounts) {
        return new AllocationDraft(5, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, ratio, reason, due,
                " 春节慰问 ", UUID.randomUUID(), amounts);
    }

    private <T extends Throwable> T refused(Class<T> type, Actor actor, AllocationDraft draft) {
        int entries = journal.entries().size();
        Throwable thrown = catchThrowable(() -> allocating.allocate(actor, draft));
        assertThat(thrown).isInstanceOf(type);
        assertThat(journal.entries()).as("nothing posted").hasSize(entries);
        assertThat(funds.allocationsOf(city.getId())).as("nothing stored").isEmpty();
        return type.cast(thrown);
    }

    private DomainException refused(AllocationDraft draft) {
        return refused(DomainException.class, finance, draft);
    }

    @Test
    void anAllocationHandsMoneyDownToEachDirectChildWithAnAmount() {
        Allocating.Outcome outcome = allocating.allocate(finance,
                draft("1", DUE, amounts(xihu, "6,000", binjiang, "3999.50")));

        assertThat(outcome.repeated()).isFalse();
        assertThat(outcome.allocationIds()).hasSize(2);
        assertThat(available(city, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE)).isEqualTo(Money.yuan("0.50"));
        assertThat(available(xihu, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE)).isEqualTo(Money.yuan("6000"));
        assertThat(available(binjiang, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE))
                .isEqualTo(Money.yuan("3999.50"));
        Allocation first = funds.allocation(outcome.allocationIds().get(0)).orElseThrow();
        assertThat(first.toUnionId()).isEqualTo(xihu.getId());
        assertThat(first.fromUnionId()).isEqualTo(city.getId());
        assertThat(first.required()).isEqualTo(Money.yuan("6000"));
        assertThat(first.matchDueOn()).isEqualTo(DUE);
        assertThat(auditLog.actions()).containsExactly(AuditAction.ALLOCATION, AuditAction.ALLOCATION);
    }

    @Test
    void anAllocationIsAllOrNoneOfTheAvailableMoney() {
        DomainException refusal = refused(draft("1", DUE, amounts(xihu, "6000", binjiang, "4000.01")));

        assertThat(refusal.messageKey()).isEqualTo("ledger.insufficientBalance");
        assertThat(refusal.arguments()).containsExactly(Money.yuan("10000"));
        assertThat(available(xihu, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE)).isEqualTo(Money.ZERO);
    }

    @Test
    void moneyKeepsItsSourceAndPurposeOnTheWayDown() {
        allocating.allocate(finance, explained("0", "省总工会专项慰问，不要求配套", null, amounts(xihu, "1000")));

        assertThat(ledger.balances(xihu.getId())).singleElement().satisfies(balance -> {
            assertThat(balance.account().source()).isEqualTo(FundSource.UNIT_DONATION);
            assertThat(balance.account().purpose()).isEqualTo(FundPurpose.CONDOLENCE);
        });
    }

    @Test
    void theSameFormSentTwiceAllocatesOnce() {
        AllocationDraft form = draft("1", DUE, amounts(xihu, "1000"));
        Allocating.Outcome first = allocating.allocate(finance, form);

        Allocating.Outcome again = allocating.allocate(finance, form);

        assertThat(again.repeated()).isTrue();
        assertThat(again.allocationIds()).isEqualTo(first.allocationIds());
        assertThat(available(xihu, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE)).isEqualTo(Money.yuan("1000"));
    }

    @Test
    void onlyFinanceStaffAllocate() {
        refused(OutsideScopeException.class, Actors.of(city, Role.APPROVER, Role.ADMIN),
                draft("1", DUE, amounts(xihu, "1000")));
    }

    @Test
    void moneyGoesToDirectChildrenOnly() {
        refused(OutsideScopeException.class, finance, draft("1", DUE, amounts(xihuBase, "1000")));
        refused(OutsideScopeException.class, finance, draft("1", DUE, amounts(ningbo, "1000")));
        refused(OutsideScopeException.class, finance, draft("1", DUE, amounts(city, "1000")));
        refused(NotFoundException.class, finance, new AllocationDraft(5, FundSource.UNIT_DONATION,
                FundPurpose.CONDOLENCE, "1", null, DUE, null, UUID.randomUUID(), Map.of(999L, "1000")));
    }

    @Test
    void aFormWithoutAnyAmountAllocatesNothing() {
        for (Map<Long, String> none : List.of(Map.<Long, String>of(), amounts(xihu, " ", binjiang, ""))) {
            DomainException refusal = refused(draft("1", DUE, none));
            assertThat(refusal.messageKey()).isEqualTo("funds.allocation.noAmount");
            assertThat(refusal.field()).isEqualTo("amounts");
        }
        DomainException zero = refused(draft("1", DUE, amounts(xihu, "0")));
        assertThat(zero.messageKey()).isEqualTo("funds.amount.required");
        assertThat(zero.field()).isEqualTo("amount_" + xihu.getId());
    }

    @Test
    void anAllocationNamesItsSource() {
        DomainException refusal = refused(new AllocationDraft(5, null, FundPurpose.CONDOLENCE, "1", null, DUE, null,
                UUID.randomUUID(), amounts(xihu, "100")));

        assertThat(refusal.messageKey()).isEqualTo("funds.source.required");
    }

    @Test
    void aPurposeIsPaidFromASourceOnlyWhereTheCampaignAllowsIt() {
        receive(city, FundSource.PARTY_DUES, FundPurpose.CONDOLENCE, "1000");

        DomainException refusal = refused(new AllocationDraft(5, FundSource.PARTY_DUES, FundPurpose.CONDOLENCE, "1", null,
                DUE, null, UUID.randomUUID(), amounts(xihu, "100")));

        assertThat(refusal.messageKey()).isEqualTo("funds.sourceNotAllowed");
        assertThat(refusal.field()).isEqualTo("purpose");
    }

    @Test
    void moneyWithoutAStatedUseIsHandedDownAsSuch() {
        allocating.allocate(finance, new AllocationDraft(5, FundSource.UNIT_DONATION, null, "1", null, DUE, null,
                UUID.randomUUID(), amounts(xihu, "3000")));

        assertThat(available(xihu, FundSource.UNIT_DONATION, FundPurpose.GENERAL)).isEqualTo(Money.yuan("3000"));
        assertThat(available(city, FundSource.UNIT_DONATION, FundPurpose.GENERAL)).isEqualTo(Money.ZERO);
    }

    @Test
    void theMatchingRatioIsOneUnlessTypedAndLiesBetweenZeroAndTen() {
        Allocating.Outcome blank = allocating.allocate(finance, draft(" ", DUE, amounts(xihu, "100")));
        Allocating.Outcome ten = allocating.allocate(finance, draft("10", DUE, amounts(xihu, "100")));
        Allocating.Outcome none = allocating.allocate(finance, explained("0", "受灾企业，免于配套", DUE,
                amounts(xihu, "100")));

        assertThat(funds.allocation(blank.allocationIds().get(0)).orElseThrow().matchingRatio())
                .isEqualByComparingTo(BigDecimal.ONE);
        assertThat(funds.allocation(ten.allocationIds().get(0)).orElseThrow().required()).isEqualTo(Money.yuan("1000"));
        assertThat(funds.allocation(none.allocationIds().get(0)).orElseThrow().matchDueOn()).as("nothing owed")
                .isNull();
        for (String wrong : new String[] {"-1", "10.01", "0.333", "一比一", "1:1"}) {
            DomainException refusal = catchRefusal(draft(wrong, DUE, amounts(xihu, "100")));
            assertThat(refusal.messageKey()).as(wrong).isEqualTo("funds.ratio.invalid");
            assertThat(refusal.field()).isEqualTo("matchingRatio");
        }
    }

    @Test
    void aMatchOwedIsDueByADate() {
        DomainException refusal = refused(explained("0.5", "困难企业减半配套", null, amounts(xihu, "100")));

        assertThat(refusal.messageKey()).isEqualTo("funds.matchDueOn.required");
        assertThat(allocating.allocate(finance, explained("0", "不要求配套", null, amounts(xihu, "100"))).repeated())
                .isFalse();
    }

    @Test
    void theChildRecordsItsMatchAsMatchingMoneyForThePurposeOfTheAllocation() {
        long id = allocating.allocate(finance, draft("1", DUE, amounts(xihu, "6000"))).allocationIds().get(0);

        Allocation allocation = allocating.recordMatch(Actors.finance(xihu), id,
                new MatchDraft("2,500", TODAY, " 记-2026-015 ", MatchingSource.PARTY_DUES, " 到账 ", UUID.randomUUID()));

        assertThat(allocation.matched()).isEqualTo(Money.yuan("2500"));
        assertThat(allocation.shortfall()).isEqualTo(Money.yuan("3500"));
        assertThat(available(xihu, FundSource.MATCHING, FundPurpose.CONDOLENCE)).isEqualTo(Money.yuan("2500"));
        assertThat(ledger.balance(xihu.getId(), AccountKind.RECEIVED, FundSource.MATCHING, FundPurpose.CONDOLENCE))
                .isEqualTo(Money.yuan("-2500"));
        assertThat(funds.contributions()).singleElement().satisfies(c -> assertThat(c.note()).isEqualTo("到账"));
        assertThat(auditLog.last().action()).isEqualTo(AuditAction.MATCHING);
    }

    @Test
    void onlyTheReceivingUnionsFinanceStaffRecordItsMatch() {
        long id = allocating.allocate(finance, draft("1", DUE, amounts(xihu, "6000"))).allocationIds().get(0);

        assertThatThrownBy(() -> allocating.recordMatch(finance, id, match("100", TODAY, null, UUID.randomUUID())))
                .isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> allocating.recordMatch(Actors.finance(binjiang), id,
                match("100", TODAY, null, UUID.randomUUID()))).isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> allocating.recordMatch(Actors.of(xihu, Role.APPROVER), id,
                match("100", TODAY, null, UUID.randomUUID()))).isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> allocating.recordMatch(Actors.finance(xihu), 999,
                match("100", TODAY, null, UUID.randomUUID()))).isInstanceOf(NotFoundException.class);
        assertThat(funds.contributions()).isEmpty();
    }

    @Test
    void aMatchFormSentTwiceCountsOnce() {
        long id = allocating.allocate(finance, draft("1", DUE, amounts(xihu, "6000"))).allocationIds().get(0);
        UUID form = UUID.randomUUID();
        allocating.recordMatch(Actors.finance(xihu), id, match("1000", TODAY, null, form));

        assertThatThrownBy(() -> allocating.recordMatch(Actors.finance(xihu), id, match("1000", TODAY, null, form)))
                .hasMessage("funds.match.alreadyRecorded");
        assertThat(funds.allocation(id).orElseThrow().matched()).isEqualTo(Money.yuan("1000"));
        assertThat(available(xihu, FundSource.MATCHING, FundPurpose.CONDOLENCE)).isEqualTo(Money.yuan("1000"));
    }

    @Test
    void aMatchIsAPositiveAmountReceivedOnADayNotInTheFuture() {
        long id = allocating.allocate(finance, draft("1", DUE, amounts(xihu, "6000"))).allocationIds().get(0);
        Actor child = Actors.finance(xihu);

        assertThatThrownBy(() -> allocating.recordMatch(child, id, match("100", TODAY.plusDays(1), null, UUID.randomUUID())))
                .hasMessage("funds.receivedOn.invalid");
        assertThatThrownBy(() -> allocating.recordMatch(child, id, match("100", null, null, UUID.randomUUID())))
                .hasMessage("funds.receivedOn.invalid");
        assertThatThrownBy(() -> allocating.recordMatch(child, id, match("0", TODAY, null, UUID.randomUUID())))
                .hasMessage("funds.amount.required");
        assertThat(funds.contributions()).isEmpty();
    }

    @Test
    void anAllocationIsSeenByItsReceiverAndTheUnionsAboveIt() {
        long id = allocating.allocate(finance, draft("1", DUE, amounts(xihu, "6000"))).allocationIds().get(0);

        assertThat(allocating.view(finance, id).id()).as("giver").isEqualTo(id);
        assertThat(allocating.view(Actors.of(xihu, Role.CLERK), id).id()).as("receiver").isEqualTo(id);
        assertThat(allocating.view(Actors.of(province, Role.AUDITOR), id).id()).as("above").isEqualTo(id);
        assertThatThrownBy(() -> allocating.view(Actors.finance(binjiang), id)).as("sibling")
                .isInstanceOf(OutsideScopeException.class);
        assertThat(allocating.ofOwnUnion(Actors.finance(xihu))).extracting(Allocation::id).containsExactly(id);
        assertThat(allocating.children(finance)).extracting(Organisation::getCode).containsExactly("XH", "BJ");
    }

    @Test
    void aRatioBelowOneToOneNeedsAReasonWhichIsKeptWithTheAllocation() {
        // R-MATCH-01: seed 000 asks 1:1; anything less is the allocating union saying so, in writing.
        for (String ratio : new String[] {"0", "0.5", "0.99"}) {
            for (String reason : new String[] {null, "", "   "}) {
                DomainException refusal = refused(explained(ratio, reason, DUE, amounts(xihu, "100")));
                assertThat(refusal.messageKey()).as(ratio).isEqualTo("funds.ratio.reasonRequired");
                assertThat(refusal.field()).isEqualTo("ratioReason");
                assertThat(refusal.arguments()).containsExactly(ratio);
            }
        }
        DomainException tooLong = refused(explained("0", "理".repeat(501), DUE, amounts(xihu, "100")));
        assertThat(tooLong.messageKey()).isEqualTo("funds.ratio.reasonTooLong");

        long half = allocating.allocate(finance, explained("0.5", "  受灾企业，经主席办公会研究减半配套 ", DUE,
                amounts(xihu, "100"))).allocationIds().get(0);
        assertThat(auditLog.last().detail()).endsWith("ratio 0.5 reason: 受灾企业，经主席办公会研究减半配套");
        long full = allocating.allocate(finance, explained("1", "按规定", DUE, amounts(xihu, "100")))
                .allocationIds().get(0);

        assertThat(funds.allocation(half).orElseThrow().ratioReason()).isEqualTo("受灾企业，经主席办公会研究减半配套");
        assertThat(auditLog.last().detail()).doesNotContain("reason");
        assertThat(funds.allocation(full).orElseThrow().ratioReason()).as("nothing to explain at 1:1").isNull();
    }

    @Test
    void aMatchIsBookedWithItsVoucherAndWhereTheMoneyCameFrom() {
        // R-MATCH-03
        long id = allocating.allocate(finance, draft("1", DUE, amounts(xihu, "6000"))).allocationIds().get(0);
        long other = allocating.allocate(finance, draft("1", DUE, amounts(xihu, "1000", binjiang, "1000")))
                .allocationIds().get(0);
        long binjiangs = funds.allocationsOf(binjiang.getId()).get(0).id();
        Actor child = Actors.finance(xihu);
        funds.addReceipt(new FundReceipt(funds.nextReceiptId(), xihu.getId(), xihu.getName(), 5L, FundSource.PARTY_DUES,
                FundPurpose.CONDOLENCE, Money.yuan("300"), TODAY, "记-2026-007", null, null, null, 1), 1);
        allocating.recordMatch(child, id, new MatchDraft("1000", TODAY, "记-2026-008", MatchingSource.PARTY_DUES, null,
                UUID.randomUUID()));
        int entries = journal.entries().size();

        for (String blank : new String[] {null, "", "  ", "记".repeat(51)}) {
            assertRefused(child, id, new MatchDraft("100", TODAY, blank, MatchingSource.PARTY_DUES, null,
                    UUID.randomUUID()), "funds.match.voucherRequired", "voucherNumber");
        }
        assertRefused(child, id, new MatchDraft("100", TODAY, "记-2026-009", null, null, UUID.randomUUID()),
                "funds.match.sourceRequired", "source");
        assertRefused(child, other, new MatchDraft("100", TODAY, " 记-2026-008 ", MatchingSource.UNION_FUNDS, null,
                UUID.randomUUID()), "funds.match.voucherDuplicate", "voucherNumber");
        assertRefused(child, id, new MatchDraft("100", TODAY, "记-2026-007", MatchingSource.PARTY_DUES, null,
                UUID.randomUUID()), "funds.match.voucherIsReceipt", "voucherNumber");
        assertThat(journal.entries()).as("nothing posted").hasSize(entries);
        assertThat(funds.contributions()).hasSize(1);

        // Another union keeps its own vouchers.
        allocating.recordMatch(Actors.finance(binjiang), binjiangs, new MatchDraft("100", TODAY, "记-2026-008",
                MatchingSource.ADMINISTRATIVE_FUNDS, null, UUID.randomUUID()));
        assertThat(allocating.contributions(finance, id)).singleElement().satisfies(m -> {
            assertThat(m.voucherNumber()).isEqualTo("记-2026-008");
            assertThat(m.source()).isEqualTo(MatchingSource.PARTY_DUES);
            assertThat(m.amount()).isEqualTo(Money.yuan("1000"));
        });
    }

    private void assertRefused(Actor actor, long allocation, MatchDraft draft, String key, String field) {
        assertThatThrownBy(() -> allocating.recordMatch(actor, allocation, draft))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo(key);
                    assertThat(refusal.field()).isEqualTo(field);
                });
    }

    @Test
    void moneyWhoseMatchIsOverdueIsNotHandedOnUntilItIsMatched() {
        // R-MATCH-02: the county's donation money from the city, matched by nobody after the due day.
        long id = allocating.allocate(finance, draft("1", DUE, amounts(xihu, "6000"))).allocationIds().get(0);
        receive(xihu, FundSource.UNIT_DONATION, FundPurpose.GENERAL, "500");
        Actor county = Actors.finance(xihu);
        AllocationDraft onward = new AllocationDraft(5, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, "1", null,
                DUE.plusDays(30), null, UUID.randomUUID(), amounts(xihuBase, "100"));
        allocatingOn(DUE).allocate(county, onward);
        Allocating dayAfter = allocatingOn(DUE.plusDays(1));

        assertThatThrownBy(() -> dayAfter.allocate(county, new AllocationDraft(5, FundSource.UNIT_DONATION,
                FundPurpose.CONDOLENCE, "1", null, DUE.plusDays(30), null, UUID.randomUUID(), amounts(xihuBase, "100"))))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("funds.match.overdue");
                    assertThat(refusal.arguments()).containsExactly(city.getName(),
                            funds.allocation(id).orElseThrow().campaignName(), DUE, Money.yuan("6000.00"),
                            String.valueOf(id));
                });
        assertThat(available(xihuBase, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE)).isEqualTo(Money.yuan("100"));
        // Money of another account of the county is free.
        dayAfter.allocate(county, new AllocationDraft(5, FundSource.UNIT_DONATION, null, "1", null, DUE.plusDays(30),
                null, UUID.randomUUID(), amounts(xihuBase, "500")));

        dayAfter.recordMatch(county, id, new MatchDraft("6000", DUE.plusDays(1), "记-2026-101",
                MatchingSource.ADMINISTRATIVE_FUNDS, "行政经费补足", UUID.randomUUID()));
        dayAfter.allocate(county, new AllocationDraft(5, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, "1", null,
                DUE.plusDays(30), null, UUID.randomUUID(), amounts(xihuBase, "100")));

        assertThat(available(xihuBase, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE)).isEqualTo(Money.yuan("200"));
    }

    private DomainException catchRefusal(AllocationDraft draft) {
        return (DomainException) catchThrowable(
                () -> allocating.allocate(finance, draft));
    }
}
