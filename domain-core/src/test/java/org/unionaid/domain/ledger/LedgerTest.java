package org.unionaid.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.fixtures.FixedClock;
import org.unionaid.domain.fixtures.InMemoryJournal;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Posting and reversing on the double-entry ledger, on a journal held in memory.
 * Specifies R-FUND-01 (docs/rules.md).
 */
class LedgerTest {

    private static final long CITY = 2;
    private static final long COUNTY = 3;
    private static final long CLERK = 41;

    private final InMemoryJournal journal = new InMemoryJournal();
    private final Ledger ledger = new Ledger(journal, journal.readings(),
            FixedClock.at(LocalDateTime.of(2026, 1, 20, 9, 30, 15, 123_456_789)));

    private static JournalLine line(long union, AccountKind kind, String yuan) {
        return JournalLine.of(union, kind, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, Money.yuan(yuan));
    }

    private JournalEntry donate(long union, String yuan) {
        return ledger.post(JournalEntryDraft.of(EntryKind.DONATION, new DocumentRef("fund_receipt", 1), "某公司",
                line(union, AccountKind.RECEIVED, "-" + yuan), line(union, AccountKind.AVAILABLE, yuan)), CLERK);
    }

    private JournalEntryDraft allocation(String yuan) {
        return JournalEntryDraft.of(EntryKind.ALLOCATION, new DocumentRef("allocation", 7), null,
                line(CITY, AccountKind.AVAILABLE, "-" + yuan), line(COUNTY, AccountKind.AVAILABLE, yuan));
    }

    private Money available(long union) {
        return ledger.balance(union, AccountKind.AVAILABLE, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE);
    }

    @Test
    void moneyReceivedFromOutsideIsAvailableAndRunsTheReceivedAccountNegative() {
        donate(CITY, "1000");

        assertThat(available(CITY)).isEqualTo(Money.yuan("1000"));
        assertThat(ledger.balance(CITY, AccountKind.RECEIVED, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE))
                .isEqualTo(Money.yuan("-1000"));
        assertThat(ledger.balancesMatchPostings()).isTrue();
    }

    @Test
    void aBalanceIsOfOneSourceAndPurpose() {
        donate(CITY, "1000");

        assertThat(ledger.balance(CITY, AccountKind.AVAILABLE, FundSource.PERSONAL_DONATION, FundPurpose.CONDOLENCE))
                .isEqualTo(Money.ZERO);
        assertThat(ledger.balance(CITY, AccountKind.AVAILABLE, FundSource.UNIT_DONATION, FundPurpose.LIVING))
                .isEqualTo(Money.ZERO);
        assertThat(ledger.balances(CITY)).extracting(Balance::amount)
                .containsExactlyInAnyOrder(Money.yuan("-1000"), Money.yuan("1000"));
    }

    @Test
    void noAccountThatHoldsMoneyFallsBelowZeroAndARefusalPostsNothing() {
        JournalEntry donation = donate(CITY, "1000");
        ChainHead head = journal.head(CITY).orElseThrow();

        assertThatThrownBy(() -> ledger.post(allocation("1000.01"), CLERK)).isInstanceOfSatisfying(
                DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("ledger.insufficientBalance");
                    assertThat(refusal.arguments()).containsExactly(Money.yuan("1000"));
                });
        assertThat(journal.entries()).containsExactly(donation);
        assertThat(journal.head(CITY)).contains(head);
        assertThat(available(CITY)).isEqualTo(Money.yuan("1000"));
        assertThat(available(COUNTY)).isEqualTo(Money.ZERO);
    }

    @Test
    void aUnionMaySpendExactlyAllItHolds() {
        donate(CITY, "1000");

        ledger.post(allocation("1000"), CLERK);

        assertThat(available(CITY)).isEqualTo(Money.ZERO);
        assertThat(available(COUNTY)).isEqualTo(Money.yuan("1000"));
    }

    @Test
    void anOverdraftIsJudgedOnEachAccountsNetChange() {
        donate(CITY, "1000");

        ledger.post(JournalEntryDraft.of(EntryKind.ALLOCATION, new DocumentRef("allocation", 8), null,
                line(CITY, AccountKind.AVAILABLE, "-1500"), line(CITY, AccountKind.AVAILABLE, "600"),
                line(COUNTY, AccountKind.AVAILABLE, "900")), CLERK);

        assertThat(available(CITY)).isEqualTo(Money.yuan("100"));
    }

    @Test
    void eachPostingExtendsTheHashChainOfItsUnion() {
        donate(CITY, "1000");
        JournalEntry allocation = ledger.post(allocation("400"), CLERK);

        List<Posting> city = journal.postings().stream().filter(p -> p.account().unionId() == CITY).toList();
        List<Posting> county = journal.postings().stream().filter(p -> p.account().unionId() == COUNTY).toList();

        assertThat(city).extracting(Posting::chainSeq).containsExactly(1L, 2L, 3L);
        assertThat(city.get(0).link().prevHash()).isEqualTo(ChainHash.GENESIS);
        assertThat(city.get(1).link().prevHash()).isEqualTo(city.get(0).link().hash());
        assertThat(city.get(2).link().prevHash()).isEqualTo(city.get(1).link().hash());
        assertThat(county).extracting(Posting::chainSeq).containsExactly(1L);
        assertThat(journal.head(CITY).orElseThrow().lastHash()).isEqualTo(city.get(2).link().hash());
        assertThat(allocation.postings()).allSatisfy(posting -> {
            assertThat(posting.entryId()).isEqualTo(allocation.id());
            assertThat(posting.link().hash()).isEqualTo(posting.content().hashAfter(posting.link().prevHash()));
        });
    }

    @Test
    void anEntryIsStampedWithWhoPostedItAndTheClockToTheMicrosecond() {
        JournalEntry entry = donate(CITY, "1000");

        assertThat(entry.header().postedBy()).isEqualTo(CLERK);
        assertThat(entry.header().postedAt()).isEqualTo(Instant.parse("2026-01-20T01:30:15.123456Z"));
        assertThat(entry.postings()).extracting(Posting::postedAt).containsOnly(entry.header().postedAt());
    }

    @Test
    void aReversalIsPostedOnlyByReversingAnEntry() {
        JournalEntryDraft reversal = JournalEntryDraft.of(EntryKind.REVERSAL, new DocumentRef("fund_receipt", 1),
                null, line(CITY, AccountKind.RECEIVED, "-10"), line(CITY, AccountKind.AVAILABLE, "10"));

        assertThatThrownBy(() -> ledger.post(reversal, CLERK)).isInstanceOf(IllegalArgumentException.class);
        assertThat(journal.entries()).isEmpty();
    }

    @Test
    void aReversalIsTheExactOppositeOfItsEntryAndCitesIt() {
        JournalEntry donation = ledger.post(JournalEntryDraft.of(EntryKind.DONATION,
                new DocumentRef("fund_receipt", 1), "某公司", line(CITY, AccountKind.RECEIVED, "-1000"),
                line(CITY, AccountKind.AVAILABLE, "1000")).forCampaign(9), CLERK);

        JournalEntry reversal = ledger.reverse(donation.id(), "  重复录入 ", 42);

        assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSAL);
        assertThat(reversal.header().reversesEntryId()).isEqualTo(donation.id());
        assertThat(reversal.header().document()).isEqualTo(donation.header().document());
        assertThat(reversal.header().campaignId()).isEqualTo(9L);
        assertThat(reversal.header().memo()).isEqualTo("重复录入");
        assertThat(reversal.header().postedBy()).isEqualTo(42L);
        assertThat(reversal.lines()).containsExactly(line(CITY, AccountKind.RECEIVED, "1000").inPool(9L),
                line(CITY, AccountKind.AVAILABLE, "-1000").inPool(9L));
        assertThat(available(CITY)).isEqualTo(Money.ZERO);
        assertThat(journal.reversalOf(donation.id())).contains(reversal.id());
    }

    @Test
    void aReversalGivesItsReason() {
        JournalEntry donation = donate(CITY, "1000");

        for (String reason : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> ledger.reverse(donation.id(), reason, CLERK))
                    .isInstanceOfSatisfying(DomainException.class, refusal -> {
                        assertThat(refusal.messageKey()).isEqualTo("ledger.reversal.reasonRequired");
                        assertThat(refusal.field()).isEqualTo("reason");
                    });
        }
        assertThat(journal.reversalOf(donation.id())).isEmpty();
    }

    @Test
    void anEntryIsReversedOnceAtMostAndAReversalNever() {
        JournalEntry donation = donate(CITY, "1000");
        JournalEntry reversal = ledger.reverse(donation.id(), "录入错误", CLERK);

        assertThatThrownBy(() -> ledger.reverse(donation.id(), "再次", CLERK)).hasMessage("ledger.reversal.already");
        assertThatThrownBy(() -> ledger.reverse(reversal.id(), "冲销冲销", CLERK))
                .hasMessage("ledger.reversal.ofReversal");
        assertThat(journal.entries()).hasSize(2);
    }

    @Test
    void moneyAlreadyHandedOnCannotBeReversedAway() {
        JournalEntry donation = donate(CITY, "1000");
        ledger.post(allocation("600"), CLERK);

        assertThatThrownBy(() -> ledger.reverse(donation.id(), "录入错误", CLERK))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("ledger.insufficientBalance");
                    assertThat(refusal.arguments()).containsExactly(Money.yuan("400"));
                });
        assertThat(journal.reversalOf(donation.id())).isEmpty();
    }

    @Test
    void anUnknownEntryIsNotFound() {
        assertThatThrownBy(() -> ledger.reverse(99, "录入错误", CLERK)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ledger.entry(99)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ledger.entryOfPosting(99)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPostingLeadsToItsWholeEntry() {
        JournalEntry allocationEntry;
        donate(CITY, "1000");
        allocationEntry = ledger.post(allocation("250"), CLERK);

        assertThat(ledger.entryOfPosting(allocationEntry.postings().get(1).id())).isEqualTo(allocationEntry);
    }

    @Test
    void theEarlyCheckAnswersTheAvailableAmountOrRefusesWithIt() {
        donate(CITY, "1000");

        assertThat(ledger.requireAvailable(CITY, null, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE,
                Money.yuan("1000"))).isEqualTo(Money.yuan("1000"));
        assertThatThrownBy(() -> ledger.requireAvailable(CITY, null, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE,
                Money.yuan("1000.01"))).isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("ledger.insufficientBalance");
                    assertThat(refusal.arguments()).containsExactly(Money.yuan("1000"));
                });
        assertThatThrownBy(() -> ledger.requireAvailable(CITY, null, FundSource.UNIT_DONATION, FundPurpose.LIVING,
                Money.yuan("1"))).hasMessage("ledger.insufficientBalance");
    }

    // R-FUND-01
    @Test
    void campaignMoneyIsHeldPerCampaignAndAMovementOfOneCampaignSpendsOnlyItsOwn() {
        ledger.post(JournalEntryDraft.of(EntryKind.DONATION, new DocumentRef("fund_receipt", 1), "运行中的活动",
                line(CITY, AccountKind.RECEIVED, "-100000"), line(CITY, AccountKind.AVAILABLE, "100000"))
                .forCampaign(8), CLERK);

        assertThat(ledger.balance(CITY, 8L, AccountKind.AVAILABLE, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE))
                .isEqualTo(Money.yuan("100000"));
        assertThat(ledger.balance(CITY, 9L, AccountKind.AVAILABLE, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE))
                .isEqualTo(Money.ZERO);
        assertThat(available(CITY)).as("over every pool").isEqualTo(Money.yuan("100000"));
        assertThatThrownBy(() -> ledger.requireAvailable(CITY, 9L, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE,
                Money.yuan("100000"))).isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly(Money.ZERO));
        // A commitment of campaign 9 (a dummy campaign) finds none of campaign 8's money, whatever it is called.
        assertThatThrownBy(() -> ledger.post(JournalEntryDraft.of(EntryKind.COMMITMENT, new DocumentRef("batch", 1),
                null, line(CITY, AccountKind.AVAILABLE, "-100000"), line(CITY, AccountKind.COMMITTED, "100000"))
                .forCampaign(9), CLERK)).hasMessage("ledger.insufficientBalance");
        assertThatThrownBy(() -> ledger.post(JournalEntryDraft.of(EntryKind.COMMITMENT, new DocumentRef("batch", 1),
                null, line(CITY, AccountKind.AVAILABLE, "-1"), line(CITY, AccountKind.COMMITTED, "1")), CLERK))
                .as("nor money of no campaign").hasMessage("ledger.insufficientBalance");
    }

    // R-FUND-01
    @Test
    void dailyAssistanceMoneyBelongsToNoCampaignAndALineCannotNameAnotherPool() {
        JournalEntryDraft transfer = new JournalEntryDraft(EntryKind.BALANCE_TRANSFER, new DocumentRef("t", 1), 8L,
                "决定", List.of(line(CITY, AccountKind.AVAILABLE, "-10"), JournalLine.of(CITY, AccountKind.AVAILABLE,
                        FundSource.UNIT_DONATION, FundPurpose.DAILY, Money.yuan("10"))));

        assertThat(transfer.lines()).extracting(l -> l.account().campaignId()).containsExactly(8L, null);
        assertThatThrownBy(() -> new JournalEntryDraft(EntryKind.ALLOCATION, new DocumentRef("a", 1), 8L, null,
                List.of(new JournalLine(new LedgerAccount(CITY, AccountKind.AVAILABLE, FundSource.UNIT_DONATION,
                        FundPurpose.CONDOLENCE, 9L), Money.yuan("-1")), line(COUNTY, AccountKind.AVAILABLE, "1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEarlyCheckAsksForAPositiveAmount() {
        for (String need : new String[] {"0", "-5"}) {
            assertThatThrownBy(() -> ledger.requireAvailable(CITY, null, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE,
                    Money.yuan(need))).as(need).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
