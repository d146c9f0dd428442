package org.unionaid.web.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/** The organisation pages as a clerk of the admin office uses them: Chinese messages next to the fields. */
@WebIntegrationTest
@Transactional
class OrganisationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Test
    void blankFieldsAreMarkedInChinese() throws Exception {
        mvc.perform(post("/admin/organisations").with(demo.as("xihu.admin")).with(csrf())
                .param("parentId", String.valueOf(demo.organisationId("ZJ-HZ-XH")))
                .param("code", "").param("name", "").param("type", "BASE").param("regionCode", "33010"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能为空")))
                .andExpect(content().string(containsString("请填写 6 位数字的行政区划代码")));
    }

    @Test
    void takenCodeIsMarkedOnTheCodeField() throws Exception {
        mvc.perform(post("/admin/organisations").with(demo.as("xihu.admin")).with(csrf())
                .param("parentId", String.valueOf(demo.organisationId("ZJ-HZ-XH")))
                .param("code", "ZJ-HZ-XH-LJ").param("name", "重复代码工会").param("type", "BASE")
                .param("regionCode", "330106"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该组织代码已被使用")));
    }

    @Test
    void createdUnionRedirectsToItsPageWithAFlashMessage() throws Exception {
        mvc.perform(post("/admin/organisations").with(demo.as("xihu.admin")).with(csrf())
                .param("parentId", String.valueOf(demo.organisationId("ZJ-HZ-XH")))
                .param("code", "ZJ-HZ-XH-NEW").param("name", "西湖区新建单位工会").param("type", "BASE")
                .param("regionCode", "330106"))
                .andExpect(redirectedUrlPattern("/admin/organisations/*"))
                .andExpect(flash().attribute("success", "organisation.created"));
    }

    @Test
    void englishIsOneClickAway() throws Exception {
        mvc.perform(get("/admin/organisations").param("lang", "en").with(demo.as("xihu.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Organisations")))
                .andExpect(content().string(not(containsString("组织管理"))));
    }

    @Test
    void filterByTypeKeepsOnlyThatType() throws Exception {
        mvc.perform(get("/admin/organisations").param("type", "COUNTY").with(demo.as("hz.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("西湖区总工会")))
                .andExpect(content().string(containsString("余杭区总工会")))
                .andExpect(content().string(not(containsString("杭州西湖龙井茶业有限公司工会"))));
    }

    @Test
    void pagesAreServerSideAndKeepTheFilter() throws Exception {
        mvc.perform(get("/admin/organisations").param("size", "5").param("type", "BASE").with(demo.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 1 / 3 页，共 12 条")))
                .andExpect(content().string(containsString("page=1&amp;size=5&amp;type=BASE")));
    }
}
