package org.unionaid.domain.hardship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.unionaid.domain.money.Money;
import org.unionaid.domain.reference.StandardFigures;
import org.unionaid.domain.shared.Refusal;

/**
 * What the recorded figures support as a category (分梯度, seed 001; docs/domain.md §3): the thresholds
 * live here once, for the system's suggestion and for judging the reviewer's decision. A decision the
 * figures support — the suggestion, or a lower tier — counts at once; one above them counts only once an
 * approver of a higher union confirms it (R-CAT-02).
 */
public final class CategoryRules {

    /** Causes that make a household's costs a sudden event: accident, disaster, sudden serious illness. */
    static final Set<HardshipCause> SUDDEN_EVENTS = EnumSet.of(HardshipCause.SUDDEN_ACCIDENT,
            HardshipCause.NATURAL_DISASTER, HardshipCause.SERIOUS_ILLNESS_SELF, HardshipCause.SERIOUS_ILLNESS_FAMILY,
            HardshipCause.WORK_INJURY);

    /**
     * Everything a category decision is judged by: the household's income (empty until entered), the 低保
     * figures in force (empty when none is recorded for the division and year), the costs of a sudden event
     * after insurance, compensation and aid, the causes, the exclusions, and whether the proof of the event
     * is attached.
     */
    public record Evidence(Optional<HouseholdIncome> income, Optional<StandardFigures> standard, Money accidentCosts,
            Set<HardshipCause> causes, Set<ExclusionFlag> exclusions, boolean eventProofAttached) {
    }

    private CategoryRules() {
    }

    /**
     * R-ELIG-01 — an exclusion (two or more homes, a business, high-fee schooling abroad, a private car) makes
     * the household not eligible whatever its income: no decision but 不符合 is taken.
     */
    public static Optional<Refusal> excluded(HardshipCategory decided, Set<ExclusionFlag> exclusions) {
        return !exclusions.isEmpty() && decided != HardshipCategory.NOT_ELIGIBLE
                ? Refusal.refuse("file.category.excluded") : Optional.empty();
    }

    /** Whether the recorded figures support {@code category}; 不符合 is always supported. */
    public static boolean supports(HardshipCategory category, Evidence evidence) {
        if (category == HardshipCategory.NOT_ELIGIBLE) {
            return true;
        }
        if (evidence.income().isEmpty() || evidence.standard().isEmpty() || !evidence.exclusions().isEmpty()) {
            return false;
        }
        HouseholdIncome income = evidence.income().get();
        StandardFigures standard = evidence.standard().get();
        return switch (category) {
            case DEEP -> belowStandard(income.monthlyPerHead(), standard);
            case RELATIVE -> belowRelativeLine(income.monthlyPerHead(), standard);
            case ACCIDENT -> suddenEventPath(evidence);
            case NOT_ELIGIBLE -> true;
        };
    }

    /** 深度困难: income per head after rigid spending below the 低保标准. */
    static boolean belowStandard(Money monthlyPerHead, StandardFigures standard) {
        return monthlyPerHead.compareTo(standard.monthlyAmount()) < 0;
    }

    /** 相对困难: below the relative multiple (usually 2) of the 低保标准. */
    static boolean belowRelativeLine(Money monthlyPerHead, StandardFigures standard) {
        return monthlyPerHead.compareTo(standard.monthlyAmount().times(standard.relativeMultiple())) < 0;
    }

    /** 意外致困's costs: after insurance, compensation and aid, above the share of the yearly income. */
    static boolean eventCostsAboveShare(HouseholdIncome income, StandardFigures standard, Money accidentCosts) {
        BigDecimal line = income.yearlyDisposableIncome().toBigDecimal().multiply(standard.accidentCostShare())
                .setScale(2, RoundingMode.HALF_UP);
        return accidentCosts.toBigDecimal().compareTo(line) > 0;
    }

    /**
     * R-CAT-03 — the 意外致困 path: a sudden event among the causes, its costs above the share of the income,
     * and the proof of the event and its costs attached.
     */
    static boolean suddenEventPath(Evidence evidence) {
        boolean event = evidence.causes().stream().anyMatch(SUDDEN_EVENTS::contains);
        return event && evidence.eventProofAttached()
                && eventCostsAboveShare(evidence.income().get(), evidence.standard().get(), evidence.accidentCosts());
    }
}
