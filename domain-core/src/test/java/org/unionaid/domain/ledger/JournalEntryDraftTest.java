package org.unionaid.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.DomainException;

class JournalEntryDraftTest {

    private static final DocumentRef DOCUMENT = new DocumentRef("allocation", 1);

    private static JournalLine line(long union, AccountKind kind, String amount) {
        return JournalLine.of(union, kind, FundSource.UPPER_UNION, FundPurpose.CONDOLENCE, Money.yuan(amount));
    }

    @Test
    void linesMustSumToExactlyZero() {
        assertThatThrownBy(() -> JournalEntryDraft.of(EntryKind.ALLOCATION, DOCUMENT, null,
                line(1, AccountKind.AVAILABLE, "-10"), line(2, AccountKind.AVAILABLE, "9.99")))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("ledger.entry.unbalanced");
                    assertThat(refusal.arguments()).containsExactly(Money.yuan("-0.01"));
                });
    }

    @Test
    void aZeroLineOrASingleLineIsRefused() {
        assertThatThrownBy(() -> JournalEntryDraft.of(EntryKind.ALLOCATION, DOCUMENT, null,
                line(1, AccountKind.AVAILABLE, "0"), line(2, AccountKind.AVAILABLE, "0")))
                .hasMessage("ledger.entry.zeroLine");
        assertThatThrownBy(() -> JournalEntryDraft.of(EntryKind.ALLOCATION, DOCUMENT, null))
                .hasMessage("ledger.entry.tooFewLines");
    }

    @Test
    void unionsComeInAscendingOrderAndChangesAreNettedPerAccount() {
        JournalEntryDraft draft = JournalEntryDraft.of(EntryKind.ALLOCATION, DOCUMENT, null,
                line(9, AccountKind.AVAILABLE, "-10"), line(2, AccountKind.AVAILABLE, "4"),
                line(2, AccountKind.AVAILABLE, "6"));

        assertThat(draft.unionIds()).containsExactly(2L, 9L);
        assertThat(draft.netChanges()).containsEntry(LedgerAccount.available(2, FundSource.UPPER_UNION,
                FundPurpose.CONDOLENCE), Money.yuan("10")).hasSize(2);
    }

    @Test
    void financeSourcesAreTheThreeFinanceOnes() {
        assertThat(java.util.Arrays.stream(FundSource.values()).filter(FundSource::isFinance))
                .containsExactly(FundSource.CENTRAL_SPECIAL, FundSource.PROVINCIAL_SPECIAL, FundSource.LOCAL_FINANCE);
    }

    @Test
    void aMemoHoldsAtMostFiveHundredCharacters() {
        String longest = "备".repeat(JournalEntryDraft.MEMO_LENGTH);

        assertThat(JournalEntryDraft.of(EntryKind.ALLOCATION, DOCUMENT, longest, line(1, AccountKind.AVAILABLE, "-1"),
                line(2, AccountKind.AVAILABLE, "1")).memo()).hasSize(500);
        assertThatThrownBy(() -> JournalEntryDraft.of(EntryKind.ALLOCATION, DOCUMENT, longest + "注",
                line(1, AccountKind.AVAILABLE, "-1"), line(2, AccountKind.AVAILABLE, "1")))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("ledger.memo.tooLong");
                    assertThat(refusal.field()).isEqualTo("memo");
                    assertThat(refusal.arguments()).containsExactly(500);
                });
    }

    @Test
    void aDraftForACampaignKeepsEverythingElse() {
        JournalEntryDraft draft = JournalEntryDraft.of(EntryKind.ALLOCATION, DOCUMENT, "下拨",
                line(1, AccountKind.AVAILABLE, "-1"), line(2, AccountKind.AVAILABLE, "1"));

        JournalEntryDraft forCampaign = draft.forCampaign(12);

        assertThat(forCampaign.campaignId()).isEqualTo(12L);
        assertThat(forCampaign).usingRecursiveComparison().ignoringFields("campaignId", "lines").isEqualTo(draft);
        assertThat(draft.campaignId()).isNull();
        // R-FUND-01: its lines are the campaign's money now.
        assertThat(forCampaign.lines()).extracting(JournalLine::amount).isEqualTo(draft.lines().stream()
                .map(JournalLine::amount).toList());
        assertThat(forCampaign.lines()).allSatisfy(l -> assertThat(l.account().campaignId()).isEqualTo(12L));
        assertThat(draft.lines()).allSatisfy(l -> assertThat(l.account().campaignId()).isNull());
    }

    @Test
    void onlyTheOutsideWorldsAccountMayRunNegative() {
        assertThat(java.util.Arrays.stream(AccountKind.values()).filter(kind -> !kind.holdsMoney()))
                .containsExactly(AccountKind.RECEIVED);
    }
}
