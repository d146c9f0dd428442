package org.unionaid.domain.hardship;

import java.util.Set;

import org.unionaid.domain.money.Money;

/**
 * The household's money and the circumstances that exclude it whatever its income;
 * {@code yearlyIncome} is {@code null} until entered (no income is not an income of zero).
 */
public record Finances(Money yearlyIncome, Money rigidSpending, Money accidentCosts, Set<ExclusionFlag> exclusions) {

    public static Finances none() {
        return new Finances(null, Money.ZERO, Money.ZERO, Set.of());
    }
}
