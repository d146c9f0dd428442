package org.unionaid.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * The county admin of 西湖区 manages 西湖区 and below, and nothing else: not its sibling 余杭区, not
 * its parent 杭州市, whatever id it puts in the URL or the form.
 * Specifies R-SEC-01 (docs/rules.md).
 */
@WebIntegrationTest
@Transactional
class SubtreeAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Test
    void countyAdminSeesItsOwnUnionsAndUsers() throws Exception {
        mvc.perform(get("/admin/organisations/{id}", demo.organisationId("ZJ-HZ-XH-LJ")).with(demo.as("xihu.admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/users/{id}", demo.userId("clerk")).with(demo.as("xihu.admin")))
                .andExpect(status().isOk());
    }

    @Test
    void siblingCountysOrganisationIsForbiddenAndTheAttemptIsAudited() throws Exception {
        long before = demo.auditCount("xihu.admin", "ACCESS", "DENIED");

        mvc.perform(get("/admin/organisations/{id}", demo.organisationId("ZJ-HZ-YH")).with(demo.as("xihu.admin")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("无权访问")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
        mvc.perform(get("/admin/organisations/{id}", demo.organisationId("ZJ-HZ-YH-FZ")).with(demo.as("xihu.admin")))
                .andExpect(status().isForbidden());

        assertThat(demo.auditCount("xihu.admin", "ACCESS", "DENIED")).isEqualTo(before + 2);
    }

    @Test
    void siblingCountysUserIsForbidden() throws Exception {
        mvc.perform(get("/admin/users/{id}", demo.userId("yuhang.admin")).with(demo.as("xihu.admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{id}", demo.userId("yuhang.admin")).with(demo.as("xihu.admin")).with(csrf())
                .param("displayName", "改名").param("organisationId", String.valueOf(demo.organisationId("ZJ-HZ-XH")))
                .param("roles", "ADMIN").param("enabled", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{id}/password", demo.userId("yuhang.admin")).with(demo.as("xihu.admin"))
                .with(csrf()).param("password", "guessed2026pass"))
                .andExpect(status().isForbidden());
    }

    @Test
    void siblingCountysOrganisationCannotBeEditedOrMovedByPost() throws Exception {
        long yuhang = demo.organisationId("ZJ-HZ-YH");
        mvc.perform(post("/admin/organisations/{id}", yuhang).with(demo.as("xihu.admin")).with(csrf())
                .param("code", "ZJ-HZ-YH").param("name", "被改名").param("type", "COUNTY").param("regionCode", "330110"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/organisations/{id}/move", demo.organisationId("ZJ-HZ-XH-LJ"))
                .with(demo.as("xihu.admin")).with(csrf()).param("newParentId", String.valueOf(yuhang)))
                .andExpect(status().isForbidden());
    }

    @Test
    void adminCannotCreateAUserAboveItsOwnOrganisation() throws Exception {
        long before = demo.auditCount("xihu.admin", "USER_CREATE", "SUCCESS");
        mvc.perform(post("/admin/users").with(demo.as("xihu.admin")).with(csrf())
                .param("loginName", "sneaky").param("displayName", "越级用户")
                .param("organisationId", String.valueOf(demo.organisationId("ZJ-HZ")))
                .param("roles", "ADMIN").param("password", "sneaky2026pass"))
                .andExpect(status().isForbidden());
        assertThat(demo.auditCount("xihu.admin", "USER_CREATE", "SUCCESS")).isEqualTo(before);
        assertThat(demo.userExists("sneaky")).isFalse();
    }

    @Test
    void adminCannotCreateAUnionUnderASiblingCounty() throws Exception {
        mvc.perform(post("/admin/organisations").with(demo.as("xihu.admin")).with(csrf())
                .param("parentId", String.valueOf(demo.organisationId("ZJ-HZ-YH")))
                .param("code", "SNEAKY-1").param("name", "越权工会").param("type", "BASE").param("regionCode", "330110"))
                .andExpect(status().isForbidden());
    }

    @Test
    void listsShowOnlyTheOwnSubtree() throws Exception {
        mvc.perform(get("/admin/organisations").param("size", "100").with(demo.as("xihu.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("杭州西湖龙井茶业有限公司工会")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("余杭区总工会"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("杭州市总工会"))));
        mvc.perform(get("/admin/users").param("size", "100").with(demo.as("xihu.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("clerk")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("yuhang.admin"))));
    }

    @Test
    void nonAdminRolesCannotOpenAdministration() throws Exception {
        mvc.perform(get("/admin/organisations").with(demo.as("clerk"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(demo.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(demo.as("clerk"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(demo.as("auditor"))).andExpect(status().isOk());
    }

    @Test
    void unknownIdIsNotFoundNotAnError() throws Exception {
        mvc.perform(get("/admin/organisations/{id}", 987654321L).with(demo.as("admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("页面不存在")));
    }
}
