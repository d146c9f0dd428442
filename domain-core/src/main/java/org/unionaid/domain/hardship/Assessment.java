package org.unionaid.domain.hardship;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.unionaid.domain.money.Money;
import org.unionaid.domain.reference.StandardFigures;

/**
 * The system's assessment of a household against the 低保标准 of a year: income per head, the standard
 * used, and the category it suggests with its reason. It never decides; the reviewer does
 * ({@link CategoryDecision}).
 */
@Embeddable
public class Assessment {

    private BigDecimal monthlyPerHead;

    private Integer assessedYear;

    private BigDecimal assessedStandard;

    @Enumerated(EnumType.STRING)
    private HardshipCategory suggestedCategory;

    private String suggestionReason;

    protected Assessment() {
        // for JPA, and "not assessed yet"
    }

    private Assessment(Integer year, Money perHead, Money standard, HardshipCategory suggested, String reason) {
        this.assessedYear = year;
        this.monthlyPerHead = perHead == null ? null : perHead.toBigDecimal();
        this.assessedStandard = standard == null ? null : standard.toBigDecimal();
        this.suggestedCategory = suggested;
        this.suggestionReason = reason;
    }

    static Assessment none() {
        return new Assessment();
    }

    /**
     * The suggestion for {@code year}: none without an income, or without a standard for the file's division
     * and year; otherwise {@link CategorySuggestion}'s, with the figures it rests on.
     */
    static Assessment of(int year, Optional<HouseholdIncome> income, Optional<StandardFigures> standard,
            Money accidentCosts, Set<ExclusionFlag> exclusions) {
        if (income.isEmpty()) {
            return new Assessment(year, null, null, null, "category.reason.noIncome");
        }
        Money perHead = income.get().monthlyPerHead();
        if (standard.isEmpty()) {
            return new Assessment(year, perHead, null, null, "category.reason.noStandard");
        }
        CategorySuggestion suggestion = CategorySuggestion.suggest(income.get(), standard.get(), accidentCosts,
                exclusions);
        return new Assessment(year, perHead, standard.get().monthlyAmount(), suggestion.category(),
                suggestion.reasonKey());
    }

    public Money getMonthlyPerHead() {
        return monthlyPerHead == null ? null : Money.of(monthlyPerHead);
    }

    public Integer getAssessedYear() {
        return assessedYear;
    }

    public Money getAssessedStandard() {
        return assessedStandard == null ? null : Money.of(assessedStandard);
    }

    public HardshipCategory getSuggestedCategory() {
        return suggestedCategory;
    }

    public String getSuggestionReason() {
        return suggestionReason;
    }
}
