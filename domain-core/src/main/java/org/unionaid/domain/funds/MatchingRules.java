package org.unionaid.domain.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.shared.Refusal;
import org.unionaid.domain.shared.Rule;

/**
 * Matching is required, not only tracked (seed 000: 请各单位按1:1的比例予以配套; 各单位要从党费、行政经费等多方面
 * 筹集落实配套资金; docs/domain.md §6.4). The allocating union states any ratio below 1:1 with its reason; a
 * match is booked with its voucher and origin; and money handed down cannot be spent while its match is
 * overdue. Each rule is a small object with its id in docs/rules.md.
 */
public final class MatchingRules {

    /** Longest reason or voucher number the tables keep. */
    static final int REASON_LENGTH = 500;
    static final int VOUCHER_LENGTH = 50;

    private MatchingRules() {
    }

    /** The terms of an allocation's match as the allocating union typed them: a valid ratio and its reason. */
    public record Terms(BigDecimal ratio, String reason) {
    }

    /**
     * R-MATCH-01 — a ratio below 1:1 (0 included: no match at all) is the allocating union saying so, with a
     * written reason that is kept with the allocation; 1:1 is what seed 000 asks when nothing is said.
     */
    static final class RatioBelowOneExplained implements Rule<Terms> {
        @Override
        public Optional<Refusal> check(Terms terms) {
            boolean explained = terms.reason() != null && !terms.reason().isBlank();
            return terms.ratio().compareTo(BigDecimal.ONE) < 0 && !explained
                    ? Refusal.refuse("funds.ratio.reasonRequired", terms.ratio().toPlainString())
                    : Optional.empty();
        }
    }

    /** Throws the refusal of the terms, next to the reason field. */
    public static void requireTerms(Terms terms) {
        new RatioBelowOneExplained().check(terms).ifPresent(refusal -> {
            throw refusal.onField("ratioReason");
        });
        if (terms.reason() != null && terms.reason().strip().length() > REASON_LENGTH) {
            throw Refusal.of("funds.ratio.reasonTooLong", REASON_LENGTH).onField("ratioReason");
        }
    }

    /**
     * A match as typed (voucher stripped), with what the union has already booked under that voucher number:
     * another match, or a receipt of other income (资金入账), which would count the same money twice.
     */
    public record Match(String voucherNumber, MatchingSource source, boolean voucherOnAnotherMatch,
            boolean voucherOnAReceipt) {
    }

    /** R-MATCH-03 — a match names the accounting voucher it was booked with. */
    static final class VoucherGiven implements Rule<Match> {
        @Override
        public Optional<Refusal> check(Match match) {
            String voucher = match.voucherNumber();
            return voucher == null || voucher.isBlank() || voucher.length() > VOUCHER_LENGTH
                    ? Refusal.refuse("funds.match.voucherRequired", VOUCHER_LENGTH)
                    : Optional.empty();
        }
    }

    /** R-MATCH-03 — …and where the money came from (党费, 行政经费, 工会经费…). */
    static final class SourceGiven implements Rule<Match> {
        @Override
        public Optional<Refusal> check(Match match) {
            return match.source() == null ? Refusal.refuse("funds.match.sourceRequired") : Optional.empty();
        }
    }

    /**
     * R-MATCH-03 — …a voucher the union has not booked before, as a match or as a receipt: the same voucher
     * twice is the same money counted twice, in the ledger and in the money raised.
     */
    static final class VoucherUnused implements Rule<Match> {
        @Override
        public Optional<Refusal> check(Match match) {
            if (match.voucherOnAnotherMatch()) {
                return Refusal.refuse("funds.match.voucherDuplicate", match.voucherNumber());
            }
            return match.voucherOnAReceipt() ? Refusal.refuse("funds.match.voucherIsReceipt", match.voucherNumber())
                    : Optional.empty();
        }
    }

    /** Throws the first refusal of a match, next to its field. */
    public static void requireMatch(Match match) {
        new VoucherGiven().check(match).ifPresent(refusal -> {
            throw refusal.onField("voucherNumber");
        });
        new SourceGiven().check(match).ifPresent(refusal -> {
            throw refusal.onField("source");
        });
        new VoucherUnused().check(match).ifPresent(refusal -> {
            throw refusal.onField("voucherNumber");
        });
    }

    /**
     * Money about to leave a union's available account of one source and purpose — into a batch, to a child,
     * or over to daily assistance — with the allocations that union received into that account.
     */
    public record Spending(long unionId, FundSource source, FundPurpose purpose, List<Allocation> received,
            LocalDate today) {

        public Spending {
            received = List.copyOf(received);
        }
    }

    /**
     * R-MATCH-02 — after the matching deadline, an allocation whose match is short cannot fund anything new
     * until it is matched: the account its money lies in (the receiving union × the allocation's source ×
     * purpose, in any campaign, since the ledger keeps one balance per account and cannot tell that
     * allocation's yuan from the others) is closed to new batches, onward allocations and balance transfers.
     * The union's other money — its matching money first of all — stays free, so workers are still paid while
     * the match is raised. The refusal names the earliest overdue allocation, its deadline and its shortfall.
     */
    static final class NoOverdueShortfall implements Rule<Spending> {
        @Override
        public Optional<Refusal> check(Spending spending) {
            return spending.received().stream()
                    .filter(a -> a.brought(spending.unionId(), spending.source(), spending.purpose()))
                    .filter(a -> a.isOverdue(spending.today()))
                    .min(Comparator.comparing(Allocation::matchDueOn).thenComparingLong(Allocation::id))
                    .map(a -> Refusal.of("funds.match.overdue", a.fromUnionName(), a.campaignName(), a.matchDueOn(),
                            a.shortfall(), String.valueOf(a.id())));
        }
    }

    public static Optional<Refusal> overdueShortfall(Spending spending) {
        return new NoOverdueShortfall().check(spending);
    }
}
