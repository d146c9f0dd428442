package org.unionaid.domain.hardship;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import org.unionaid.domain.money.Money;

/**
 * How a file stores the household's {@link Finances}: yearly income ({@code null} until entered), rigid
 * spending, the costs of a sudden event after aid, and the exclusions that block the file whatever its income.
 */
@Embeddable
public class HouseholdMoney {

    private BigDecimal yearlyIncome;

    private BigDecimal rigidSpending = BigDecimal.ZERO;

    private BigDecimal accidentCosts = BigDecimal.ZERO;

    // New sets, never changed in place: a converted value is compared with its snapshot, not tracked.
    @Convert(converter = CodeSets.Exclusions.class)
    private Set<ExclusionFlag> exclusions = EnumSet.noneOf(ExclusionFlag.class);

    protected HouseholdMoney() {
        // for JPA, and "nothing entered yet"
    }

    static HouseholdMoney of(Finances finances) {
        HouseholdMoney money = new HouseholdMoney();
        money.yearlyIncome = finances.yearlyIncome() == null ? null : finances.yearlyIncome().toBigDecimal();
        money.rigidSpending = finances.rigidSpending().toBigDecimal();
        money.accidentCosts = finances.accidentCosts().toBigDecimal();
        money.exclusions = finances.exclusions().isEmpty() ? EnumSet.noneOf(ExclusionFlag.class)
                : EnumSet.copyOf(finances.exclusions());
        return money;
    }

    Finances finances() {
        return new Finances(yearlyIncome == null ? null : Money.of(yearlyIncome), Money.of(rigidSpending),
                Money.of(accidentCosts), exclusions.isEmpty() ? Set.of() : EnumSet.copyOf(exclusions));
    }

    /** The income for the category test, once entered, shared by {@code householdSize} people. */
    Optional<HouseholdIncome> income(int householdSize) {
        return yearlyIncome == null ? Optional.empty()
                : Optional.of(new HouseholdIncome(Money.of(yearlyIncome), Money.of(rigidSpending), householdSize));
    }

    boolean isExcluded() {
        return exclusions != null && !exclusions.isEmpty();
    }
}
