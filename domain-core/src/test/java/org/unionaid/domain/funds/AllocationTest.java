package org.unionaid.domain.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;

/** The match a child union owes on an allocation (seed 000: 按1:1的比例予以配套). */
class AllocationTest {

    private static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    private static Allocation allocation(String amount, String ratio, LocalDate due, String matched) {
        return new Allocation(1, 1, "送温暖", 2, "杭州市总工会", 3, "西湖区总工会", FundSource.UPPER_UNION,
                FundPurpose.CONDOLENCE, Money.yuan(amount), new BigDecimal(ratio), null, due, Money.yuan(matched));
    }

    @Test
    void theMatchOwedIsTheAmountTimesTheRatioHalfUpToTheFen() {
        assertThat(allocation("10000", "1", DUE, "0").required()).isEqualTo(Money.yuan("10000"));
        assertThat(allocation("10000", "0.5", DUE, "0").required()).isEqualTo(Money.yuan("5000"));
        assertThat(allocation("0.05", "0.5", DUE, "0").required()).isEqualTo(Money.yuan("0.03"));
        assertThat(allocation("10000", "0", null, "0").required()).isEqualTo(Money.ZERO);
    }

    @Test
    void theShortfallIsWhatIsStillOwedAndNeverLessThanNothing() {
        assertThat(allocation("10000", "1", DUE, "2500").shortfall()).isEqualTo(Money.yuan("7500"));
        assertThat(allocation("10000", "1", DUE, "10000").shortfall()).isEqualTo(Money.ZERO);
        assertThat(allocation("10000", "1", DUE, "12000").shortfall()).isEqualTo(Money.ZERO);
    }

    @Test
    void aMatchIsOverdueOnlyAfterItsDueDateWithMoneyStillOwed() {
        Allocation owing = allocation("10000", "1", DUE, "2500");

        assertThat(owing.isOverdue(DUE)).as("on the due date").isFalse();
        assertThat(owing.isOverdue(DUE.plusDays(1))).isTrue();
        assertThat(allocation("10000", "1", DUE, "10000").isOverdue(DUE.plusDays(1))).as("matched").isFalse();
        assertThat(allocation("10000", "0", null, "0").isOverdue(DUE.plusYears(1))).as("nothing owed").isFalse();
    }
}
