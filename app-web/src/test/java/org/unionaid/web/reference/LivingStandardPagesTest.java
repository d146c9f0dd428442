package org.unionaid.web.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.reference.MinimumLivingStandards;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

@WebIntegrationTest
@Transactional
class LivingStandardPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    MinimumLivingStandards standards;

    private MockHttpServletRequestBuilder save(String login, String region, String amount) {
        return save(login, region, amount, "0.80");
    }

    private MockHttpServletRequestBuilder save(String login, String region, String amount, String accidentShare) {
        return post("/admin/living-standards").with(demo.as(login)).with(csrf())
                .param("regionCode", region).param("year", "2031").param("monthlyAmount", amount)
                .param("relativeMultiple", "2.00").param("accidentCostShare", accidentShare).param("document", "测试文件");
    }

    @Test
    void countyAdminSetsItsOwnCountysStandardAndSavingAgainChangesIt() throws Exception {
        long before = demo.auditCount("xihu.admin", "REFERENCE_DATA_CHANGE", "SUCCESS");

        mvc.perform(save("xihu.admin", "330106", "1,150")).andExpect(redirectedUrlPattern("/admin/living-standards/*"));
        mvc.perform(save("xihu.admin", "330106", "１２００元")).andExpect(redirectedUrlPattern("/admin/living-standards/*"));

        assertThat(standards.find(new RegionCode("330106"), 2031)).get()
                .satisfies(s -> assertThat(s.getMonthlyAmount()).isEqualTo(Money.yuan("1200")));
        assertThat(demo.auditCount("xihu.admin", "REFERENCE_DATA_CHANGE", "SUCCESS")).isEqualTo(before + 2);
        assertThat(demo.lastAuditDetail("xihu.admin", "REFERENCE_DATA_CHANGE")).startsWith("1150.00/month");
    }

    @Test
    void countyAdminCannotSetANeighboursStandard() throws Exception {
        mvc.perform(save("xihu.admin", "330110", "1150")).andExpect(status().isForbidden());
        mvc.perform(save("xihu.admin", "330100", "1150")).andExpect(status().isForbidden());
        assertThat(standards.find(new RegionCode("330110"), 2031)).isEmpty();
    }

    @Test
    void provincialAdminSetsTheProvincesStandardWhichCountiesInherit() throws Exception {
        mvc.perform(save("admin", "330000", "1000")).andExpect(redirectedUrlPattern("/admin/living-standards/*"));
        assertThat(standards.applicable(new RegionCode("330212"), 2031)).get()
                .satisfies(s -> assertThat(s.getRegionCode().value()).isEqualTo("330000"));
    }

    @Test
    void badFiguresAreExplainedNextToTheirFields() throws Exception {
        mvc.perform(save("admin", "330000", "一千"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写金额，如 2000 或 2000.00")));
        mvc.perform(save("admin", "330000", "1000", "1.5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("比例应大于 0 且不超过 1")));
    }

    @Test
    void theListShowsOnlyDivisionsTheAdminCovers() throws Exception {
        mvc.perform(save("admin", "330203", "1100"));
        mvc.perform(save("admin", "330106", "1150"));
        mvc.perform(get("/admin/living-standards").param("year", "2031").with(demo.as("xihu.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("浙江省 杭州市 西湖区")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("海曙区"))));
    }

    @Test
    void otherRolesCannotMaintainStandards() throws Exception {
        mvc.perform(get("/admin/living-standards").with(demo.as("approver"))).andExpect(status().isForbidden());
        mvc.perform(save("clerk", "330106", "1150")).andExpect(status().isForbidden());
    }
}
