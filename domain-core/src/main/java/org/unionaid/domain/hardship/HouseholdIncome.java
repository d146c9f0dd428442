package org.unionaid.domain.hardship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.unionaid.domain.money.Money;

/**
 * A household's money for the category test: yearly disposable income, the rigid spending that
 * published practice deducts (illness, disability, schooling, necessary work costs), and the number
 * of people who live on it.
 */
public record HouseholdIncome(Money yearlyDisposableIncome, Money rigidSpending, int householdSize) {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    public HouseholdIncome {
        Objects.requireNonNull(yearlyDisposableIncome, "yearlyDisposableIncome");
        Objects.requireNonNull(rigidSpending, "rigidSpending");
        if (householdSize < 1) {
            throw new IllegalArgumentException("a household has at least one person");
        }
    }

    /**
     * (yearly disposable income − rigid spending) ÷ 12 ÷ household size, half-up to the fen. Below
     * zero when the rigid spending exceeds the income.
     */
    public Money monthlyPerHead() {
        BigDecimal remaining = yearlyDisposableIncome.minus(rigidSpending).toBigDecimal();
        return Money.of(remaining.divide(MONTHS.multiply(BigDecimal.valueOf(householdSize)), 2, RoundingMode.HALF_UP));
    }
}
