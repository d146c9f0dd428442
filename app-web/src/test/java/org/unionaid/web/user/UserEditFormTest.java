package org.unionaid.web.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * The form that edits a user (issue 19): no password field and none required — the old form asked for an
 * "初始密码" it then ignored, so a browser would not submit it without one — and the login name shown once, as
 * text, since it never changes. The form that creates a user still asks for both.
 */
@WebIntegrationTest
@Transactional
class UserEditFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Test
    void theEditFormAsksForNoPasswordAndShowsTheLoginNameOnce() throws Exception {
        long clerk = demo.userId("clerk");
        String page = mvc.perform(get("/admin/users/" + clerk).with(demo.as("xihu.admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String form = formWithAction(page, "/admin/users/" + clerk);

        assertThat(form).doesNotContain("type=\"password\"").doesNotContain("name=\"password\"")
                .doesNotContain("初始密码");
        assertThat(form).doesNotContain("name=\"loginName\"");
        assertThat(occurrences(form, ">clerk<")).isEqualTo(1);

        mvc.perform(post("/admin/users/" + clerk).with(demo.as("xihu.admin")).with(csrf())
                .param("displayName", "王芳").param("organisationId", String.valueOf(demo.organisationId("ZJ-HZ-XH-LJ")))
                .param("roles", "CLERK").param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/users/" + clerk));
    }

    @Test
    void theCreateFormAsksForLoginNameAndInitialPassword() throws Exception {
        String page = mvc.perform(get("/admin/users/new").with(demo.as("xihu.admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String form = formWithAction(page, "/admin/users");

        assertThat(form).contains("name=\"loginName\"").contains("type=\"password\"").contains("初始密码");
    }

    private static String formWithAction(String page, String action) {
        Matcher form = Pattern.compile("<form[^>]*action=\"" + Pattern.quote(action) + "\"[^>]*>(.*?)</form>",
                Pattern.DOTALL).matcher(page);
        assertThat(form.find()).as("form " + action).isTrue();
        return form.group(1);
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
