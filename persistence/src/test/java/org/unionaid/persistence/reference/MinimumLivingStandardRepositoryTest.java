package org.unionaid.persistence.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.reference.MinimumLivingStandard;
import org.unionaid.domain.reference.MinimumLivingStandards;
import org.unionaid.domain.reference.StandardFigures;
import org.unionaid.persistence.testsupport.PersistenceTest;

@PersistenceTest
class MinimumLivingStandardRepositoryTest {

    @Autowired
    MinimumLivingStandards standards;

    private void set(String region, int year, String amount) {
        standards.add(new MinimumLivingStandard(new RegionCode(region), year, new StandardFigures(Money.yuan(amount),
                StandardFigures.USUAL_RELATIVE_MULTIPLE, StandardFigures.USUAL_ACCIDENT_COST_SHARE, null)));
    }

    @Test
    void theMostSpecificDivisionWins() {
        set("330000", 2025, "1000");
        set("330100", 2025, "1120");
        set("330106", 2025, "1150");

        assertThat(standards.applicable(new RegionCode("330106"), 2025)).get()
                .extracting(MinimumLivingStandard::getMonthlyAmount).isEqualTo(Money.yuan("1150"));
        assertThat(standards.applicable(new RegionCode("330110"), 2025)).get()
                .extracting(MinimumLivingStandard::getMonthlyAmount).isEqualTo(Money.yuan("1120"));
        assertThat(standards.applicable(new RegionCode("330203"), 2025)).get()
                .extracting(MinimumLivingStandard::getMonthlyAmount).isEqualTo(Money.yuan("1000"));
        assertThat(standards.applicable(new RegionCode("330106"), 2024)).isEmpty();
        assertThat(standards.applicable(new RegionCode("320106"), 2025)).isEmpty();
    }

    @Test
    void amountsKeepTheirFenAndSearchStaysInThePrefix() {
        set("330100", 2026, "1185.50");
        set("320100", 2026, "1200");

        var hangzhou = standards.search("3301", 2026, PageRequest.of(0, 10)).getContent();
        assertThat(hangzhou).hasSize(1);
        assertThat(hangzhou.get(0).getMonthlyAmount().toBigDecimal()).isEqualByComparingTo(new BigDecimal("1185.50"));
        assertThat(standards.search("33", null, PageRequest.of(0, 10)).getContent())
                .extracting(s -> s.getRegionCode().value()).containsExactly("330100");
    }
}
