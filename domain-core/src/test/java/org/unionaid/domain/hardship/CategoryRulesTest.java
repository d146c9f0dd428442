package org.unionaid.domain.hardship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.money.Money;

/** What the recorded figures support as a category (docs/rules.md R-CAT-02, R-CAT-03, R-ELIG-01). */
class CategoryRulesTest {

    /** One person in Hangzhou (低保 1,250): {@code yearly} a year, {@code accident} of sudden-event costs. */
    private static CategoryRules.Evidence evidence(String yearly, String accident, Set<HardshipCause> causes,
            Set<ExclusionFlag> exclusions, boolean proof) {
        return new CategoryRules.Evidence(Optional.of(new HouseholdIncome(Money.yuan(yearly), Money.ZERO, 1)),
                Optional.of(TestFiles.HANGZHOU), Money.yuan(accident), causes, exclusions, proof);
    }

    private static CategoryRules.Evidence income(String yearly) {
        return evidence(yearly, "0", Set.of(HardshipCause.DISABILITY), Set.of(), false);
    }

    // R-CAT-02
    // R-CAT-03
    // R-ELIG-01
    @Test
    void belowTheLineSupportsDeepAndEveryLowerTier() {
        CategoryRules.Evidence below = income("14000");
        assertThat(CategoryRules.supports(HardshipCategory.DEEP, below)).isTrue();
        assertThat(CategoryRules.supports(HardshipCategory.RELATIVE, below)).isTrue();
        assertThat(CategoryRules.supports(HardshipCategory.NOT_ELIGIBLE, below)).isTrue();
    }

    @Test
    void betweenOnceAndTwiceTheLineSupportsRelativeButNotDeep() {
        CategoryRules.Evidence between = income("15000");
        assertThat(CategoryRules.supports(HardshipCategory.DEEP, between)).as("1,250 a month is not below 1,250")
                .isFalse();
        assertThat(CategoryRules.supports(HardshipCategory.RELATIVE, between)).isTrue();
        assertThat(CategoryRules.supports(HardshipCategory.RELATIVE, income("30000"))).as("2,500 is not below 2,500")
                .isFalse();
    }

    @Test
    void sixteenTimesTheLineSupportsNoTierAtAll() {
        CategoryRules.Evidence rich = income("240000");
        assertThat(CategoryRules.supports(HardshipCategory.DEEP, rich)).isFalse();
        assertThat(CategoryRules.supports(HardshipCategory.RELATIVE, rich)).isFalse();
        assertThat(CategoryRules.supports(HardshipCategory.ACCIDENT, rich)).isFalse();
    }

    @Test
    void theAccidentPathNeedsTheEventTheCostsAndTheProof() {
        Set<HardshipCause> accident = EnumSet.of(HardshipCause.SUDDEN_ACCIDENT);
        // 80 % of 60,000 is 48,000: costs of 50,000 after aid are above it.
        assertThat(CategoryRules.supports(HardshipCategory.ACCIDENT,
                evidence("60000", "50000", accident, Set.of(), true))).isTrue();
        assertThat(CategoryRules.supports(HardshipCategory.ACCIDENT,
                evidence("60000", "50000", accident, Set.of(), false))).as("no proof").isFalse();
        assertThat(CategoryRules.supports(HardshipCategory.ACCIDENT,
                evidence("60000", "50000", Set.of(HardshipCause.SINGLE_PARENT), Set.of(), true))).as("no event")
                .isFalse();
        assertThat(CategoryRules.supports(HardshipCategory.ACCIDENT,
                evidence("60000", "48000", accident, Set.of(), true))).as("costs at the share").isFalse();
    }

    @Test
    void withoutAnIncomeOrAStandardOnlyNotEligibleIsSupported() {
        CategoryRules.Evidence none = new CategoryRules.Evidence(Optional.empty(), Optional.of(TestFiles.HANGZHOU),
                Money.ZERO, Set.of(), Set.of(), false);
        assertThat(CategoryRules.supports(HardshipCategory.DEEP, none)).isFalse();
        assertThat(CategoryRules.supports(HardshipCategory.NOT_ELIGIBLE, none)).isTrue();
    }

    @Test
    void anExclusionAllowsNoEligibleDecisionAndSupportsNone() {
        Set<ExclusionFlag> homes = EnumSet.of(ExclusionFlag.TWO_OR_MORE_HOMES);
        assertThat(CategoryRules.excluded(HardshipCategory.DEEP, homes)).isPresent();
        assertThat(CategoryRules.excluded(HardshipCategory.NOT_ELIGIBLE, homes)).isEmpty();
        assertThat(CategoryRules.excluded(HardshipCategory.DEEP, Set.of())).isEmpty();
        assertThat(CategoryRules.supports(HardshipCategory.DEEP,
                evidence("6000", "0", Set.of(), homes, false))).isFalse();
    }

    @Test
    void theSuggestionUsesTheSameLines() {
        assertThat(CategorySuggestion.suggest(new HouseholdIncome(Money.yuan("14000"), Money.ZERO, 1),
                TestFiles.HANGZHOU, Money.ZERO, Set.of()).category()).isEqualTo(HardshipCategory.DEEP);
        assertThat(CategorySuggestion.suggest(new HouseholdIncome(Money.yuan("15000"), Money.ZERO, 1),
                TestFiles.HANGZHOU, Money.ZERO, Set.of()).category()).isEqualTo(HardshipCategory.RELATIVE);
    }
}
