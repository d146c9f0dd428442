package org.unionaid.domain.hardship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

import org.unionaid.domain.money.Money;
import org.unionaid.domain.reference.StandardFigures;

/**
 * The system's suggestion of a category, with the figures and the reason it rests on. The reviewer
 * confirms it or overrides it with a written reason; the suggestion itself never decides.
 */
public record CategorySuggestion(HardshipCategory category, Money monthlyPerHead, String reasonKey) {

    /**
     * Suggests a category from the household's income against the 低保标准 in force, and from the
     * costs of an accident or sudden illness after insurance, compensation and aid (zero if none).
     * Any exclusion flag makes the household not eligible whatever its income.
     */
    public static CategorySuggestion suggest(HouseholdIncome income, StandardFigures standard,
            Money accidentCostsAfterAid, Set<ExclusionFlag> exclusions) {
        Money perHead = income.monthlyPerHead();
        if (!exclusions.isEmpty()) {
            return new CategorySuggestion(HardshipCategory.NOT_ELIGIBLE, perHead, "category.reason.excluded");
        }
        Money line = standard.monthlyAmount();
        if (perHead.compareTo(line) < 0) {
            return new CategorySuggestion(HardshipCategory.DEEP, perHead, "category.reason.belowStandard");
        }
        Money relativeLine = line.times(standard.relativeMultiple());
        if (perHead.compareTo(relativeLine) < 0) {
            return new CategorySuggestion(HardshipCategory.RELATIVE, perHead, "category.reason.belowRelative");
        }
        BigDecimal accidentLine = income.yearlyDisposableIncome().toBigDecimal()
                .multiply(standard.accidentCostShare()).setScale(2, RoundingMode.HALF_UP);
        if (accidentCostsAfterAid.toBigDecimal().compareTo(accidentLine) > 0) {
            return new CategorySuggestion(HardshipCategory.ACCIDENT, perHead, "category.reason.accidentCosts");
        }
        return new CategorySuggestion(HardshipCategory.NOT_ELIGIBLE, perHead, "category.reason.aboveLines");
    }
}
