package org.unionaid.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.scope.OrganisationPath;

/** A node of the union tree: where it hangs, and what an admin may change about it. */
class OrganisationTest {

    private static OrganisationDetails details(String code, OrganisationType type) {
        return new OrganisationDetails(code, code + "工会", type, new RegionCode("330000"), false, null, null);
    }

    private final Organisation province = Organisation.root(1, details("ZJ", OrganisationType.PROVINCE));
    private final Organisation city = Organisation.under(2, province, details("HZ", OrganisationType.CITY));

    @Test
    void aRootIsItsOwnPathAndHasNoParent() {
        assertThat(province.path()).isEqualTo(new OrganisationPath("/1/"));
        assertThat(province.isRoot()).isTrue();
        assertThat(province.getParentId()).isNull();
        assertThat(province.getDepth()).isEqualTo(1);
    }

    @Test
    void aNodeUnderAParentExtendsTheParentsPathWithItsOwnId() {
        Organisation county = Organisation.under(17, city, details("XH", OrganisationType.COUNTY));

        assertThat(county.path()).isEqualTo(new OrganisationPath("/1/2/17/"));
        assertThat(county.getParentId()).isEqualTo(2L);
        assertThat(county.isRoot()).isFalse();
        assertThat(county.getDepth()).isEqualTo(3);
        assertThat(province.path().contains(county.path())).isTrue();
    }

    @Test
    void theDetailsAnAdminEntersAreKeptWhole() {
        OrganisationDetails details = new OrganisationDetails("XH-01", "西湖区总工会", OrganisationType.COUNTY,
                new RegionCode("330106"), true, "王芳", "0571-87000000");

        Organisation county = Organisation.under(3, city, details);

        assertThat(county.details()).isEqualTo(details);
        assertThat(county.getRegionCode()).isEqualTo(new RegionCode("330106"));
        assertThat(county.isRunsAssistanceCentre()).isTrue();
    }

    @Test
    void changingTheDetailsNeverMovesTheNode() {
        city.apply(new OrganisationDetails("HZ-2", "杭州市总工会", OrganisationType.PROVINCIAL_ORGANS,
                new RegionCode("330100"), true, null, null));

        assertThat(city.path()).isEqualTo(new OrganisationPath("/1/2/"));
        assertThat(city.getParentId()).isEqualTo(1L);
        assertThat(city.getName()).isEqualTo("杭州市总工会");
    }

    @Test
    void aMoveHangsTheNodeUnderItsNewParent() {
        Organisation otherProvince = Organisation.root(9, details("JS", OrganisationType.PROVINCE));

        city.moveUnder(otherProvince);

        assertThat(city.path()).isEqualTo(new OrganisationPath("/9/2/"));
        assertThat(city.getParentId()).isEqualTo(9L);
        assertThat(city.getCode()).isEqualTo("HZ");
    }
}
