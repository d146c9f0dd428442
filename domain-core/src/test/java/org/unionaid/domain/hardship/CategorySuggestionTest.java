package org.unionaid.domain.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.reference.StandardFigures;
import org.unionaid.domain.shared.DomainException;

class CategorySuggestionTest {

    /** 1,000 yuan a month, relative line at 2 ×, accident line at 80 % of yearly income. */
    private static final StandardFigures STANDARD = new StandardFigures(Money.yuan("1000"),
            StandardFigures.USUAL_RELATIVE_MULTIPLE, StandardFigures.USUAL_ACCIDENT_COST_SHARE, null);

    /** A household of three whose income per head per month comes out at {@code perHead}. */
    private static HouseholdIncome threePeopleAt(String perHead) {
        return new HouseholdIncome(Money.yuan(perHead).times(BigDecimal.valueOf(36)), Money.ZERO, 3);
    }

    private static CategorySuggestion suggest(HouseholdIncome income) {
        return CategorySuggestion.suggest(income, STANDARD, Money.ZERO, Set.of());
    }

    @Test
    void perHeadIncomeDeductsRigidSpendingBeforeDividing() {
        HouseholdIncome income = new HouseholdIncome(Money.yuan("48000"), Money.yuan("12000"), 3);
        assertThat(income.monthlyPerHead()).isEqualTo(Money.yuan("1000.00"));
        assertThat(new HouseholdIncome(Money.yuan("10000"), Money.ZERO, 3).monthlyPerHead())
                .isEqualTo(Money.yuan("277.78"));
    }

    @Test
    void oneFenBelowTheStandardIsDeepAndTheStandardItselfIsRelative() {
        assertThat(suggest(threePeopleAt("999.99")).category()).isEqualTo(HardshipCategory.DEEP);
        assertThat(suggest(threePeopleAt("1000.00")).category()).isEqualTo(HardshipCategory.RELATIVE);
    }

    @Test
    void oneFenBelowTwiceTheStandardIsRelativeAndTwiceItIsNotEligible() {
        assertThat(suggest(threePeopleAt("1999.99")).category()).isEqualTo(HardshipCategory.RELATIVE);
        CategorySuggestion atTwice = suggest(threePeopleAt("2000.00"));
        assertThat(atTwice.category()).isEqualTo(HardshipCategory.NOT_ELIGIBLE);
        assertThat(atTwice.reasonKey()).isEqualTo("category.reason.aboveLines");
    }

    @Test
    void accidentCostsAboveTheShareOfYearlyIncomeMakeAnAccidentCase() {
        HouseholdIncome income = threePeopleAt("3000"); // 108,000 a year; 80 % = 86,400
        assertThat(CategorySuggestion.suggest(income, STANDARD, Money.yuan("86400.01"), Set.of()).category())
                .isEqualTo(HardshipCategory.ACCIDENT);
        assertThat(CategorySuggestion.suggest(income, STANDARD, Money.yuan("86400.00"), Set.of()).category())
                .isEqualTo(HardshipCategory.NOT_ELIGIBLE);
    }

    @Test
    void anExclusionBlocksWhateverTheIncome() {
        CategorySuggestion excluded = CategorySuggestion.suggest(threePeopleAt("100"), STANDARD, Money.ZERO,
                EnumSet.of(ExclusionFlag.TWO_OR_MORE_HOMES));
        assertThat(excluded.category()).isEqualTo(HardshipCategory.NOT_ELIGIBLE);
        assertThat(excluded.reasonKey()).isEqualTo("category.reason.excluded");
    }

    @Test
    void theThresholdsAreDataNotConstants() {
        StandardFigures local = new StandardFigures(Money.yuan("1000"), new BigDecimal("1.50"),
                StandardFigures.USUAL_ACCIDENT_COST_SHARE, "某市文件");
        assertThat(CategorySuggestion.suggest(threePeopleAt("1600"), local, Money.ZERO, Set.of()).category())
                .isEqualTo(HardshipCategory.NOT_ELIGIBLE);
        assertThat(CategorySuggestion.suggest(threePeopleAt("1499.99"), local, Money.ZERO, Set.of()).category())
                .isEqualTo(HardshipCategory.RELATIVE);
    }

    @Test
    void figuresOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> new StandardFigures(Money.ZERO, BigDecimal.valueOf(2), new BigDecimal("0.8"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("monthlyAmount"));
        assertThatThrownBy(() -> new StandardFigures(Money.yuan("1"), new BigDecimal("0.9"), new BigDecimal("0.8"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("relativeMultiple"));
        assertThatThrownBy(() -> new StandardFigures(Money.yuan("1"), BigDecimal.valueOf(2), new BigDecimal("1.2"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("accidentCostShare"));
    }
}
