package org.unionaid.domain.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.Refusal;

/**
 * The rules that make matching required, not only tracked (seed 000: 请各单位按1:1的比例予以配套; 各单位要从党费、
 * 行政经费等多方面筹集落实配套资金).
 * Specifies R-MATCH-01, R-MATCH-02, R-MATCH-03 and R-MATCH-04.
 */
class MatchingRulesTest {

    private static final LocalDate DUE = LocalDate.of(2027, 1, 10);
    private static final long TEA = 3;

    private static Allocation allocation(long id, long to, FundSource source, FundPurpose purpose, String ratio,
            LocalDate due, String matched) {
        return new Allocation(id, 1, "2027年元旦春节送温暖", 2, "西湖区总工会", to, "龙井茶业工会", source, purpose,
                Money.yuan("20000"), new BigDecimal(ratio), null, due, Money.yuan(matched));
    }

    private static Allocation teaCondolence(long id, LocalDate due, String matched) {
        return allocation(id, TEA, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "1", due, matched);
    }

    private static Optional<Refusal> spending(LocalDate today, Allocation... received) {
        return MatchingRules.overdueShortfall(new MatchingRules.Spending(TEA, FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, List.of(received), today));
    }

    private static Optional<Refusal> terms(String ratio, String reason) {
        return new MatchingRules.RatioBelowOneExplained().check(new MatchingRules.Terms(new BigDecimal(ratio), reason));
    }

    @Test
    void aRatioBelowOneToOneIsStatedWithAReason() {
        // R-MATCH-01
        assertThat(terms("1", null)).isEmpty();
        assertThat(terms("1.00", "")).isEmpty();
        assertThat(terms("2", null)).isEmpty();
        assertThat(terms("0.99", null)).contains(Refusal.of("funds.ratio.reasonRequired", "0.99"));
        assertThat(terms("0.5", " ")).contains(Refusal.of("funds.ratio.reasonRequired", "0.5"));
        assertThat(terms("0", null)).as("no match at all").contains(Refusal.of("funds.ratio.reasonRequired", "0"));
        assertThat(terms("0", "省总工会专项，不要求配套")).isEmpty();
        assertThatThrownBy(() -> MatchingRules.requireTerms(new MatchingRules.Terms(BigDecimal.ZERO, "理".repeat(501))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("funds.ratio.reasonTooLong");
                    assertThat(e.field()).isEqualTo("ratioReason");
                });
    }

    @Test
    void aMatchNamesItsVoucherAndOriginAndUsesAVoucherOnce() {
        // R-MATCH-03
        assertThat(new MatchingRules.VoucherGiven().check(new MatchingRules.Match(" ", MatchingSource.PARTY_DUES,
                false, false))).contains(Refusal.of("funds.match.voucherRequired", 50));
        assertThat(new MatchingRules.VoucherGiven().check(new MatchingRules.Match(null, MatchingSource.PARTY_DUES,
                false, false))).isPresent();
        assertThat(new MatchingRules.SourceGiven().check(new MatchingRules.Match("记-1", null, false, false)))
                .contains(Refusal.of("funds.match.sourceRequired"));
        assertThat(new MatchingRules.VoucherUnused().check(new MatchingRules.Match("记-1", MatchingSource.PARTY_DUES,
                true, false))).contains(Refusal.of("funds.match.voucherDuplicate", "记-1"));
        assertThat(new MatchingRules.VoucherUnused().check(new MatchingRules.Match("记-1", MatchingSource.PARTY_DUES,
                false, true))).contains(Refusal.of("funds.match.voucherIsReceipt", "记-1"));
        MatchingRules.requireMatch(new MatchingRules.Match("记-1", MatchingSource.ADMINISTRATIVE_FUNDS, false, false));
        assertThatThrownBy(() -> MatchingRules.requireMatch(new MatchingRules.Match("记-1", null, false, false)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("source"));
    }

    @Test
    void allocatedMoneyIsHeldFromTheDayAfterTheDeadlineUntilTheShortfallIsMatched() {
        // R-MATCH-02: the demo's 20,000 matched 8,000 by the due day.
        Allocation owing = teaCondolence(7, DUE, "8000");

        assertThat(spending(DUE, owing)).as("on the due day").isEmpty();
        assertThat(spending(DUE.plusDays(1), owing)).contains(Refusal.of("funds.match.overdue", "西湖区总工会",
                "2027年元旦春节送温暖", DUE, Money.yuan("12000.00"), "7"));
        assertThat(spending(DUE.plusDays(1), teaCondolence(7, DUE, "20000"))).as("matched").isEmpty();
        assertThat(spending(DUE.plusYears(1), teaCondolence(7, null, "0"))).as("nothing owed").isEmpty();
    }

    @Test
    void onlyTheAccountTheAllocationFilledIsHeld() {
        // R-MATCH-02: other unions, other sources and other purposes are not held by this allocation.
        LocalDate late = DUE.plusDays(1);
        assertThat(spending(late, allocation(1, 99, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "1", DUE, "0")))
                .isEmpty();
        assertThat(spending(late, allocation(1, TEA, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, "1", DUE, "0")))
                .isEmpty();
        assertThat(spending(late, allocation(1, TEA, FundSource.OWN_UNION_FUNDS, FundPurpose.LIVING, "1", DUE, "0")))
                .isEmpty();
        assertThat(MatchingRules.overdueShortfall(new MatchingRules.Spending(TEA, FundSource.MATCHING,
                FundPurpose.CONDOLENCE, List.of(teaCondolence(1, DUE, "0")), late))).as("the match itself").isEmpty();
    }

    @Test
    void theEarliestOverdueAllocationIsNamed() {
        // R-MATCH-02
        Optional<Refusal> refusal = spending(DUE.plusDays(30), teaCondolence(9, DUE.plusDays(5), "0"),
                teaCondolence(8, DUE, "15000"), teaCondolence(10, DUE.plusDays(40), "0"));

        assertThat(refusal).hasValueSatisfying(r -> assertThat(r.arguments()).containsExactly("西湖区总工会",
                "2027年元旦春节送温暖", DUE, Money.yuan("5000.00"), "8"));
    }

    @Test
    void matchingMoneyCountsAsMoneyRaisedUnderItsOrigin() {
        // R-MATCH-04: party dues and union funds in 工会经费（含党费）, the rest in the total only.
        assertThat(MatchingSource.PARTY_DUES.countedAs()).isEqualTo(FundSource.PARTY_DUES);
        assertThat(MatchingSource.UNION_FUNDS.countedAs()).isEqualTo(FundSource.OWN_UNION_FUNDS);
        assertThat(MatchingSource.ADMINISTRATIVE_FUNDS.countedAs()).isEqualTo(FundSource.MATCHING);
        assertThat(MatchingSource.OTHER.countedAs()).isEqualTo(FundSource.MATCHING);
    }
}
