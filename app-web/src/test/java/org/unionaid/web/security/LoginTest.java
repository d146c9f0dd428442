package org.unionaid.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.user.NewUser;
import org.unionaid.domain.user.UserAdministration;
import org.unionaid.domain.user.UserChanges;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC): a signed-in browser is its {@code SESSION} cookie, which
 * these tests carry from one request to the next as a browser does.
 */
@WebIntegrationTest
class LoginTest {

    static final String SESSION = "SESSION";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    UserAdministration users;

    @Test
    void demoUserSignsInAndLandsOnTheDashboard() throws Exception {
        long before = demo.auditCount("clerk", "LOGIN", "SUCCESS");

        mvc.perform(formLogin().user("clerk").password(DemoUsers.PASSWORD))
                .andExpect(authenticated().withUsername("clerk"))
                .andExpect(redirectedUrl("/"));

        assertThat(demo.auditCount("clerk", "LOGIN", "SUCCESS")).isEqualTo(before + 1);
    }

    @Test
    void disabledUserCannotSignIn() throws Exception {
        var admin = demo.actor("xihu.admin");
        var user = users.create(admin, new NewUser("t.disabled." + System.nanoTime(), "停用测试",
                demo.organisationId("ZJ-HZ-XH-LJ"), EnumSet.of(Role.CLERK), "disabled2026pw"));
        mvc.perform(formLogin().user(user.getLoginName()).password("disabled2026pw")).andExpect(authenticated());

        users.update(admin, user.getId(), new UserChanges("停用测试", demo.organisationId("ZJ-HZ-XH-LJ"),
                EnumSet.of(Role.CLERK), false));

        mvc.perform(formLogin().user(user.getLoginName()).password("disabled2026pw"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void disablingAUserEndsItsOpenSession() throws Exception {
        var admin = demo.actor("xihu.admin");
        var user = users.create(admin, new NewUser("t.session." + System.nanoTime(), "会话测试",
                demo.organisationId("ZJ-HZ-XH-LJ"), EnumSet.of(Role.CLERK), "session2026pw"));
        Cookie session = mvc.perform(formLogin().user(user.getLoginName()).password("session2026pw"))
                .andExpect(authenticated()).andReturn().getResponse().getCookie(SESSION);
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        users.update(admin, user.getId(), new UserChanges("会话测试", demo.organisationId("ZJ-HZ-XH-LJ"),
                EnumSet.of(Role.CLERK), false));

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessionsButNotThisOne() throws Exception {
        var user = users.create(demo.actor("xihu.admin"), new NewUser("t.own." + System.nanoTime(), "改密测试",
                demo.organisationId("ZJ-HZ-XH-LJ"), EnumSet.of(Role.CLERK), "first2026secret"));
        Cookie here = mvc.perform(formLogin().user(user.getLoginName()).password("first2026secret"))
                .andExpect(authenticated()).andReturn().getResponse().getCookie(SESSION);
        Cookie elsewhere = mvc.perform(formLogin().user(user.getLoginName()).password("first2026secret"))
                .andExpect(authenticated()).andReturn().getResponse().getCookie(SESSION);

        mvc.perform(post("/account/password").cookie(here).with(csrf()).param("currentPassword", "first2026secret")
                .param("newPassword", "second2026secret").param("confirmation", "second2026secret"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/").cookie(elsewhere)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void loginNamesAreCaseInsensitive() throws Exception {
        mvc.perform(formLogin().user("Clerk").password(DemoUsers.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
        long before = demo.auditCount("reviewer", "LOGIN", "FAILURE");

        mvc.perform(formLogin().user("reviewer").password("wrong-password-1"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user("nobody-at-all").password("wrong-password-1"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));

        assertThat(demo.auditCount("reviewer", "LOGIN", "FAILURE")).isEqualTo(before + 1);
        assertThat(demo.auditCount("nobody-at-all", "LOGIN", "FAILURE")).isPositive();
    }

    @Test
    void failedLoginPageSaysSoInChineseWithoutNamingTheCause() throws Exception {
        mvc.perform(get("/login").param("error", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户名或密码不正确")));
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "clerk").param("password", DemoUsers.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void postWithoutCsrfTokenIsRefusedEvenWhenSignedIn() throws Exception {
        mvc.perform(post("/admin/organisations").with(demo.as("admin")).param("code", "X").param("name", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/organisations").with(demo.as("admin")).with(csrf().useInvalidToken())
                .param("code", "X").param("name", "X"))
                .andExpect(status().isForbidden());
    }

    @Test
    void loginChangesTheSessionId() throws Exception {
        Cookie before = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getCookie(SESSION);
        MvcResult result = mvc.perform(post("/login").param("username", "clerk").param("password", DemoUsers.PASSWORD)
                .with(csrf()).cookie(before)).andExpect(authenticated()).andReturn();
        assertThat(before).isNotNull();
        assertThat(result.getResponse().getCookie(SESSION).getValue()).isNotEqualTo(before.getValue());
    }

    @Test
    void anonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void logoutIsRecorded() throws Exception {
        long before = demo.auditCount("finance", "LOGOUT", "SUCCESS");
        mvc.perform(post("/logout").with(demo.as("finance")).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(demo.auditCount("finance", "LOGOUT", "SUCCESS")).isEqualTo(before + 1);
    }
}
