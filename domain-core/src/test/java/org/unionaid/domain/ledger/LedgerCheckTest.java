package org.unionaid.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.fixtures.FixedClock;
import org.unionaid.domain.fixtures.InMemoryJournal;
import org.unionaid.domain.money.Money;

/**
 * The ledger check on a journal held in memory: it passes an untouched ledger, and names each recorded head
 * of a union's chain that the chain, cut back and wound back, no longer reaches.
 * Specifies R-LEDGER-04 and R-LEDGER-06 (docs/rules.md).
 */
class LedgerCheckTest {

    private static final long CITY = 2;
    private static final long COUNTY = 3;
    private static final long CLERK = 41;

    private final InMemoryJournal journal = new InMemoryJournal();
    private final Ledger ledger = new Ledger(journal, journal.readings(),
            FixedClock.at(LocalDateTime.of(2026, 1, 20, 9, 30)));
    private final LedgerCheck check = new LedgerCheck(new ChainVerification(journal.chains()), journal.readings(),
            journal.anchors(), journal);

    private static JournalLine line(long union, AccountKind kind, String yuan) {
        return JournalLine.of(union, kind, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, Money.yuan(yuan));
    }

    private void donate(long union, String yuan) {
        ledger.post(JournalEntryDraft.of(EntryKind.DONATION, new DocumentRef("fund_receipt", 1), "某公司",
                line(union, AccountKind.RECEIVED, "-" + yuan), line(union, AccountKind.AVAILABLE, yuan)), CLERK);
    }

    private JournalEntry allocate(String yuan) {
        return ledger.post(JournalEntryDraft.of(EntryKind.ALLOCATION, new DocumentRef("allocation", 7), null,
                line(CITY, AccountKind.AVAILABLE, "-" + yuan), line(COUNTY, AccountKind.AVAILABLE, yuan))
                .anchoring(COUNTY), CLERK);
    }

    // R-LEDGER-04
    @Test
    void anUntouchedLedgerPassesEveryPartOfTheCheck() {
        donate(CITY, "1000");
        donate(COUNTY, "300");
        allocate("400");

        LedgerCheckReport report = check.check(COUNTY);

        assertThat(report.passed()).isTrue();
        assertThat(report.chain().postingsVerified()).isEqualTo(3);
        assertThat(check.check(CITY).passed()).isTrue();
    }

    // R-LEDGER-06
    @Test
    void anAllocationRecordsTheReceiversHeadAsItStoodBeforeTheAllocation() {
        donate(CITY, "1000");
        donate(COUNTY, "300");
        ChainHead before = journal.head(COUNTY).orElseThrow();

        JournalEntry allocation = allocate("400");

        assertThat(allocation.header().anchor()).isEqualTo(ChainAnchor.of(before));
        assertThat(allocation.header().anchor().seq()).isEqualTo(2);
        assertThat(allocation.postings()).allSatisfy(p -> assertThat(p.content().canonical())
                .contains("\nanchor=" + COUNTY + ":2:" + before.lastHash().hex() + "\n"));
    }

    // R-LEDGER-06
    @Test
    void aChainCutBackBelowItsAnchoredHeadAndWoundBackIsNamedWithTheAnchoredCountAndHash() {
        donate(CITY, "1000");
        donate(COUNTY, "300");
        donate(COUNTY, "200");
        ChainHead anchored = journal.head(COUNTY).orElseThrow();
        JournalEntry allocation = allocate("400");
        donate(COUNTY, "50");

        // The county's last three entries removed and its head wound back: its own chain still verifies.
        journal.cutBack(COUNTY, 2);
        LedgerCheckReport report = check.check(COUNTY);

        assertThat(report.chain().intact()).isTrue();
        assertThat(report.passed()).isFalse();
        assertThat(report.anchors()).singleElement().satisfies(mismatch -> {
            assertThat(mismatch.unionId()).isEqualTo(COUNTY);
            assertThat(mismatch.entryId()).isEqualTo(allocation.id());
            assertThat(mismatch.anchoredSeq()).isEqualTo(4);
            assertThat(mismatch.anchoredHash()).isEqualTo(anchored.lastHash());
            assertThat(mismatch.found()).isNull();
            assertThat(mismatch.problem()).isEqualTo(AnchorProblem.COUNT_NOT_REACHED);
        });
    }

    // R-LEDGER-06
    @Test
    void removingOnlyTheAllocationsOwnPostingLeavesTheAnchoredHeadButNotWhatFollowsIt() {
        donate(CITY, "1000");
        donate(COUNTY, "300");
        allocate("400");

        journal.cutBack(COUNTY, 2);

        assertThat(check.check(COUNTY).anchors()).singleElement()
                .satisfies(mismatch -> assertThat(mismatch.problem()).isEqualTo(AnchorProblem.ANCHORING_POSTING_MISSING));
    }
}
