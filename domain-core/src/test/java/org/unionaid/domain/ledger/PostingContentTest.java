package org.unionaid.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.money.Money;

/**
 * The canonical form is a contract with every chain already stored: these values must never change.
 * Specifies R-FUND-01 and R-LEDGER-06 (docs/rules.md).
 */
class PostingContentTest {

    private static final Instant POSTED = Instant.ofEpochSecond(1_764_000_000L, 123_456_000);

    private static final ChainAnchor ANCHOR = new ChainAnchor(43, 12, ChainHash.ofHex("ab".repeat(32)));

    /** A posting written before V40, in the first form: chains of that time must verify forever. */
    private static PostingContent content(String memo, String amount) {
        return content(memo, amount, null, 1);
    }

    private static PostingContent content(String memo, String amount, ChainAnchor anchor, int version) {
        EntryHeader entry = new EntryHeader(EntryKind.ALLOCATION, new DocumentRef("allocation", 17), 3L, memo, null,
                POSTED, 5, anchor);
        return new PostingContent(new LedgerAccount(42, AccountKind.AVAILABLE, FundSource.CENTRAL_SPECIAL,
                FundPurpose.LIVING, 3L), 7, 1001, entry, Money.yuan(amount), POSTED, version);
    }

    @Test
    void theCanonicalFormIsOneFieldPerLineInAFixedOrderWithTheMemoLast() {
        assertThat(content("下拨生活", "-2000.5").canonical()).isEqualTo("""
                unionaid-ledger-posting/v1
                union=42
                seq=7
                entry=1001
                kind=ALLOCATION
                document=allocation/17
                campaign=3
                reverses=-
                postedBy=5
                entryPostedAt=1764000000123456
                account=AVAILABLE
                source=CENTRAL_SPECIAL
                purpose=LIVING
                amount=-2000.50
                postedAt=1764000000123456
                memo=12:下拨生活""");
    }

    @Test
    void theHashIsSha256OfTheCanonicalFormFollowedByThePreviousHash() {
        // Computed independently (Python hashlib) from the canonical form above.
        assertThat(content("下拨生活", "-2000.50").hashAfter(ChainHash.GENESIS).hex())
                .isEqualTo("633077ec01646ab11ac15c03b99dba551bce74da847c012927346ad288a5c4c0");
        assertThat(content("下拨生活", "-2000.50").hashAfter(ChainHash.ofHex("11".repeat(32))).hex())
                .isEqualTo("7dca47569512594659fd3362682961264a97a44493d1eacf3848147a101397b3");
    }

    @Test
    void aMemoCannotPassForAnotherMemoWithMoreFields() {
        assertThat(content(null, "1").canonical()).endsWith("\nmemo=-");
        assertThat(content("", "1").canonical()).endsWith("\nmemo=0:");
        assertThat(content("a\namount=5", "1").hashAfter(ChainHash.GENESIS))
                .isNotEqualTo(content("a", "1").hashAfter(ChainHash.GENESIS));
    }

    @Test
    void everyFieldChangesTheHash() {
        ChainHash original = content("m", "1").hashAfter(ChainHash.GENESIS);
        assertThat(content("m", "1.01").hashAfter(ChainHash.GENESIS)).isNotEqualTo(original);
        assertThat(content("n", "1").hashAfter(ChainHash.GENESIS)).isNotEqualTo(original);
        assertThat(content("m", "1").hashAfter(ChainHash.ofHex("00".repeat(31) + "01"))).isNotEqualTo(original);
        PostingContent base = content("m", "1");
        assertThat(new PostingContent(base.account(), base.chainSeq(), base.entryId(), base.entry(), base.amount(),
                POSTED.plusNanos(1000), 1).hashAfter(ChainHash.GENESIS)).isNotEqualTo(original);
    }

    @Test
    void newPostingsAreWrittenInTheSecondFormWhichHashesTheAnchoredHeadBeforeTheMemo() {
        EntryHeader entry = new EntryHeader(EntryKind.ALLOCATION, new DocumentRef("allocation", 17), 3L, "m", null,
                POSTED, 5, ANCHOR);
        PostingContent written = new PostingContent(content("m", "1").account(), 7, 1001, entry, Money.yuan("1"));

        assertThat(written.version()).isEqualTo(PostingContent.CURRENT_VERSION).isEqualTo(2);
        assertThat(written.canonical()).startsWith("unionaid-ledger-posting/v2\n")
                .endsWith("\npostedAt=1764000000123456\nanchor=43:12:" + "ab".repeat(32) + "\nmemo=1:m");
        assertThat(content("m", "1", null, 2).canonical()).endsWith("\nanchor=-\nmemo=1:m");
    }

    // R-FUND-01
    @Test
    void thePoolIsImpliedByTheEntrysCampaignAndPurposeAndAnotherStoredPoolCannotVerify() {
        PostingContent stored = content("m", "1");
        ChainHash hashed = stored.hashAfter(ChainHash.GENESIS);

        assertThat(stored.canonical()).doesNotContain("pool=");
        for (Long moved : new Long[] {null, 4L}) {
            PostingContent elsewhere = new PostingContent(stored.account().inPool(moved), 7, 1001, stored.entry(),
                    stored.amount(), POSTED, 1);
            assertThat(elsewhere.canonical()).contains("\npool=" + (moved == null ? "-" : moved) + "\n");
            assertThat(elsewhere.hashAfter(ChainHash.GENESIS)).isNotEqualTo(hashed);
        }
    }

    // R-LEDGER-06
    @Test
    void theAnchorIsPartOfTheHashAndAFirstFormPostingCannotCarryOneUnnoticed() {
        ChainHash anchored = content("m", "1", ANCHOR, 2).hashAfter(ChainHash.GENESIS);
        assertThat(content("m", "1", null, 2).hashAfter(ChainHash.GENESIS)).isNotEqualTo(anchored);
        assertThat(content("m", "1", new ChainAnchor(43, 11, ANCHOR.hash()), 2).hashAfter(ChainHash.GENESIS))
                .isNotEqualTo(anchored);
        // The first form never hashed an anchor: one added to an old entry changes what its postings hash to.
        assertThat(content("m", "1", ANCHOR, 1).hashAfter(ChainHash.GENESIS))
                .isNotEqualTo(content("m", "1").hashAfter(ChainHash.GENESIS));
        assertThat(content("m", "1", null, 2).hashAfter(ChainHash.GENESIS))
                .isNotEqualTo(content("m", "1").hashAfter(ChainHash.GENESIS));
    }
}
