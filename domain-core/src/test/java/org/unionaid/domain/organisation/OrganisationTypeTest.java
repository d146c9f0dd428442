package org.unionaid.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionaid.domain.organisation.OrganisationType.BASE;
import static org.unionaid.domain.organisation.OrganisationType.CITY;
import static org.unionaid.domain.organisation.OrganisationType.COUNTY;
import static org.unionaid.domain.organisation.OrganisationType.INDUSTRY;
import static org.unionaid.domain.organisation.OrganisationType.NATIONAL;
import static org.unionaid.domain.organisation.OrganisationType.PROVINCE;
import static org.unionaid.domain.organisation.OrganisationType.PROVINCIAL_ORGANS;

import org.junit.jupiter.api.Test;

class OrganisationTypeTest {

    @Test
    void theTreeRunsFromNationalDownToBase() {
        assertThat(NATIONAL.mayHaveChild(PROVINCE)).isTrue();
        assertThat(PROVINCE.mayHaveChild(CITY)).isTrue();
        assertThat(PROVINCE.mayHaveChild(PROVINCIAL_ORGANS)).isTrue();
        assertThat(CITY.mayHaveChild(COUNTY)).isTrue();
        assertThat(COUNTY.mayHaveChild(BASE)).isTrue();
        assertThat(PROVINCIAL_ORGANS.mayHaveChild(BASE)).isTrue();
    }

    @Test
    void industryUnionsSitAtAnyLevelFromCountyUpAndHoldBaseUnions() {
        for (OrganisationType parent : new OrganisationType[] {NATIONAL, PROVINCE, CITY, COUNTY}) {
            assertThat(parent.mayHaveChild(INDUSTRY)).as(parent.name()).isTrue();
        }
        assertThat(INDUSTRY.mayHaveChild(BASE)).isTrue();
        assertThat(BASE.mayHaveChild(INDUSTRY)).isFalse();
    }

    @Test
    void nothingHangsUnderABaseUnionAndNothingAboveANationalOne() {
        for (OrganisationType child : OrganisationType.values()) {
            assertThat(BASE.mayHaveChild(child)).as(child.name()).isFalse();
            assertThat(child.mayHaveChild(NATIONAL)).as(child.name()).isFalse();
        }
        assertThat(COUNTY.mayHaveChild(CITY)).isFalse();
        assertThat(CITY.mayHaveChild(PROVINCE)).isFalse();
    }
}
