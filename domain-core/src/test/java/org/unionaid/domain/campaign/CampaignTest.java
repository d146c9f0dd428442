package org.unionaid.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.fixtures.CampaignBuilder;
import org.unionaid.domain.fixtures.InMemoryOrganisations;
import org.unionaid.domain.fixtures.UnionTree;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;

/** What a campaign answers once set up: which source pays which purpose, its standards, its end. */
class CampaignTest {

    private final Organisation city = new UnionTree(new InMemoryOrganisations()).root("HZ", OrganisationType.CITY);

    @Test
    void aSourcePaysOnlyThePurposesTheCampaignAllowsItFor() {
        Campaign campaign = CampaignBuilder.organisedBy(city)
                .allowing(FundPurpose.CONDOLENCE, FundSource.UNIT_DONATION, FundSource.OWN_UNION_FUNDS)
                .allowing(FundPurpose.LIVING, FundSource.CENTRAL_SPECIAL).build();

        assertThat(campaign.allows(FundPurpose.CONDOLENCE, FundSource.UNIT_DONATION)).isTrue();
        assertThat(campaign.allows(FundPurpose.CONDOLENCE, FundSource.OWN_UNION_FUNDS)).isTrue();
        assertThat(campaign.allows(FundPurpose.LIVING, FundSource.CENTRAL_SPECIAL)).isTrue();
        assertThat(campaign.allows(FundPurpose.CONDOLENCE, FundSource.CENTRAL_SPECIAL)).as("other purpose").isFalse();
        assertThat(campaign.allows(FundPurpose.LIVING, FundSource.UNIT_DONATION)).as("other source").isFalse();
        assertThat(campaign.allows(FundPurpose.MEDICAL, FundSource.UNIT_DONATION)).as("purpose not named").isFalse();
    }

    @Test
    void aCampaignWithoutSourcesAllowsNothing() {
        Campaign campaign = CampaignBuilder.organisedBy(city).build();

        for (FundPurpose purpose : FundPurpose.values()) {
            for (FundSource source : FundSource.values()) {
                assertThat(campaign.allows(purpose, source)).as(purpose + " from " + source).isFalse();
            }
        }
    }

    @Test
    void theStandardIsThatOfTheCategoryAndThePurpose() {
        Campaign campaign = CampaignBuilder.organisedBy(city)
                .standard(HardshipCategory.DEEP, FundPurpose.CONDOLENCE, "2000")
                .standard(HardshipCategory.RELATIVE, FundPurpose.CONDOLENCE, "1000")
                .standard(HardshipCategory.DEEP, FundPurpose.EDUCATION, "3000").build();

        assertThat(campaign.standard(HardshipCategory.DEEP, FundPurpose.CONDOLENCE)).contains(Money.yuan("2000"));
        assertThat(campaign.standard(HardshipCategory.RELATIVE, FundPurpose.CONDOLENCE)).contains(Money.yuan("1000"));
        assertThat(campaign.standard(HardshipCategory.DEEP, FundPurpose.EDUCATION)).contains(Money.yuan("3000"));
        assertThat(campaign.standard(HardshipCategory.RELATIVE, FundPurpose.EDUCATION)).isEmpty();
        assertThat(campaign.standard(HardshipCategory.ACCIDENT, FundPurpose.CONDOLENCE)).isEmpty();
    }

    @Test
    void aCampaignHasEndedOnlyAfterItsLastDay() {
        Campaign campaign = CampaignBuilder.organisedBy(city)
                .running(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)).build();

        assertThat(campaign.hasEnded(LocalDate.of(2026, 1, 15))).isFalse();
        assertThat(campaign.hasEnded(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(campaign.hasEnded(LocalDate.of(2026, 3, 1))).isTrue();
    }
}
