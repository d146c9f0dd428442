package org.unionaid.domain.hardship;

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
        if (CategoryRules.belowStandard(perHead, standard)) {
            return new CategorySuggestion(HardshipCategory.DEEP, perHead, "category.reason.belowStandard");
        }
        if (CategoryRules.belowRelativeLine(perHead, standard)) {
            return new CategorySuggestion(HardshipCategory.RELATIVE, perHead, "category.reason.belowRelative");
        }
        if (CategoryRules.eventCostsAboveShare(income, standard, accidentCostsAfterAid)) {
            return new CategorySuggestion(HardshipCategory.ACCIDENT, perHead, "category.reason.accidentCosts");
        }
        return new CategorySuggestion(HardshipCategory.NOT_ELIGIBLE, perHead, "category.reason.aboveLines");
    }
}
