package org.unionaid.web.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

@WebIntegrationTest
@Transactional
class CampaignTest {

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    DemoUsers demo;

    @Autowired
    MockMvc mvc;

    @Test
    void theDistrictSetsUpACampaignThatItsUnionsAndTheCitySeeButASiblingDistrictDoesNot() throws Exception {
        String location = mvc.perform(post("/campaigns").with(demo.as("approver")).with(csrf())
                        .param("name", "2027年元旦春节送温暖活动（测试）").param("year", "2027")
                        .param("startsOn", "2026-12-15").param("endsOn", "2027-02-28")
                        .param("reportingDeadline", "2027-03-10").param("studyLivingCostMonthly", "800")
                        .param("standard_DEEP_CONDOLENCE", "2,000").param("standard_RELATIVE_CONDOLENCE", "1000")
                        .param("sources_CONDOLENCE", "OWN_UNION_FUNDS", "UNIT_DONATION", "MATCHING")
                        .param("sources_LIVING", "CENTRAL_SPECIAL", "OWN_UNION_FUNDS"))
                .andExpect(flash().attribute("success", "campaign.created"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        Campaign campaign = campaigns.view(demo.actor("clerk"), id);
        assertThat(campaign.organisationName()).isEqualTo("西湖区总工会");
        assertThat(campaign.standard(HardshipCategory.DEEP, FundPurpose.CONDOLENCE)).contains(Money.yuan("2000"));
        assertThat(campaign.standard(HardshipCategory.ACCIDENT, FundPurpose.CONDOLENCE)).isEmpty();
        assertThat(campaign.allows(FundPurpose.LIVING, FundSource.CENTRAL_SPECIAL)).isTrue();
        assertThat(campaign.allows(FundPurpose.CONDOLENCE, FundSource.CENTRAL_SPECIAL)).isFalse();
        assertThat(campaigns.list(demo.actor("hz.admin"))).extracting(Campaign::id).contains(id);
        assertThat(campaigns.list(demo.actor("clerk"))).extracting(Campaign::id).contains(id);
        assertThat(campaigns.list(demo.actor("yuhang.admin"))).extracting(Campaign::id).doesNotContain(id);
        assertThatThrownBy(() -> campaigns.view(demo.actor("yuhang.admin"), id))
                .isInstanceOf(OutsideScopeException.class);
        mvc.perform(get("/campaigns/{id}", id).with(demo.as("yuhang.admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/{id}", id).with(demo.as("clerk"))).andExpect(status().isOk());
    }

    @Test
    void centralMoneyForCondolenceAClerkAndABackwardPeriodAreRefused() throws Exception {
        CampaignDraft condolenceFromCentralMoney = new CampaignDraft("中央资金慰问", 2027, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1), null, Map.of(),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.CENTRAL_SPECIAL)));
        assertThatThrownBy(() -> campaigns.create(demo.actor("approver"), condolenceFromCentralMoney))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("campaign.centralMoneyPurpose"));
        CampaignDraft backwards = new CampaignDraft("倒序", 2027, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 3, 1), null, Map.of(), Map.of());
        assertThatThrownBy(() -> campaigns.create(demo.actor("approver"), backwards))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));
        mvc.perform(post("/campaigns").with(demo.as("clerk")).with(csrf()).param("name", "录入员的活动"))
                .andExpect(status().isForbidden());
    }
}
