package org.unionaid.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.money.Money;

/**
 * The walk across pages, on a chain held in memory.
 * Specifies R-LEDGER-02 (docs/rules.md).
 */
class ChainVerificationTest {

    private static final long UNION = 3;

    private final List<Posting> postings = new ArrayList<>();
    private ChainHead head = ChainHead.empty(UNION);

    private final Chains chains = new Chains() {
        @Override
        public Optional<ChainHead> head(long unionId) {
            return Optional.of(head);
        }

        @Override
        public List<Posting> page(long unionId, long afterSeq, long upToSeq, int limit) {
            return postings.stream().filter(p -> p.chainSeq() > afterSeq && p.chainSeq() <= upToSeq).limit(limit)
                    .toList();
        }
    };

    private PostingContent content(long seq, String amount) {
        EntryHeader entry = new EntryHeader(EntryKind.DONATION, new DocumentRef("donation", seq), null, null, null,
                Instant.parse("2026-01-20T08:00:00Z"), 1);
        return new PostingContent(LedgerAccount.available(UNION, FundSource.UNIT_DONATION, FundPurpose.GENERAL), seq,
                seq, entry, Money.yuan(amount));
    }

    private void chainOf(int length) {
        for (int seq = 1; seq <= length; seq++) {
            ChainLink link = ChainLink.after(head.lastHash(), content(seq, "10"));
            postings.add(new Posting(100 + seq, link));
            head = head.after(link);
        }
    }

    @Test
    void aChainOfSeveralPagesVerifiesToItsHead() {
        chainOf(23);

        ChainReport report = new ChainVerification(chains, 5).verify(UNION);

        assertThat(report.intact()).isTrue();
        assertThat(report.postingsVerified()).isEqualTo(23);
        assertThat(report.headHash()).isEqualTo(head.lastHash());
    }

    @Test
    void aChangeOnTheFirstPostingOfAPageIsFoundThere() {
        chainOf(23);
        Posting original = postings.get(10);
        postings.set(10, new Posting(original.id(),
                new ChainLink(content(11, "11"), original.link().prevHash(), original.link().hash())));

        ChainReport report = new ChainVerification(chains, 5).verify(UNION);

        assertThat(report.postingsVerified()).isEqualTo(10);
        assertThat(report.firstBreak()).isEqualTo(new ChainBreak(11, 111L, ChainProblem.CONTENT_ALTERED,
                original.link().hash().hex(), content(11, "11").hashAfter(original.link().prevHash()).hex()));
    }

    @Test
    void anEmptyChainIsIntact() {
        ChainReport report = new ChainVerification(chains, 5).verify(UNION);

        assertThat(report.intact()).isTrue();
        assertThat(report.postingsVerified()).isZero();
        assertThat(report.headHash()).isEqualTo(ChainHash.GENESIS);
    }

    @Test
    void aHeadThatDoesNotNameTheLastPostingIsReported() {
        chainOf(4);
        head = new ChainHead(UNION, 4, ChainHash.ofHex("ab".repeat(32)));

        ChainReport report = new ChainVerification(chains, 5).verify(UNION);

        assertThat(report.firstBreak().problem()).isEqualTo(ChainProblem.HEAD_MISMATCH);
        assertThat(report.firstBreak().stored()).isEqualTo("ab".repeat(32));
    }
}
