package org.unionaid.domain.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Objects;

import org.unionaid.domain.money.Money;

/**
 * What a household lived on in one month, with the 低保 standard in force there that year (absent when
 * none is recorded) so that a page can show the comparison the exit proposal rests on.
 */
public record MonthlyIncome(long fileId, YearMonth month, Money householdIncome, int householdSize,
        Money standard) {

    public MonthlyIncome {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(householdIncome, "householdIncome");
        if (householdSize < 1) {
            throw new IllegalArgumentException("a household has at least one person");
        }
    }

    /** Income ÷ household size, half-up to the fen: the figure compared with the standard. */
    public Money perHead() {
        return Money.of(householdIncome.toBigDecimal().divide(BigDecimal.valueOf(householdSize), 2,
                RoundingMode.HALF_UP));
    }

    /** Strictly above: a household exactly at the standard still qualifies for help. */
    public boolean aboveStandard() {
        return standard != null && perHead().toBigDecimal().compareTo(standard.toBigDecimal()) > 0;
    }
}
