package org.unionaid.web.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.user.NewUser;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAdministration;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Specifies R-AUTH-08 where passwords are set: an admin creating a user or resetting a password, and a user
 * changing its own — at least 10 characters, no login name, no common password, none of the last five.
 */
@WebIntegrationTest
class PasswordRulesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    UserAdministration administration;

    // R-AUTH-08
    @Test
    void theCreateFormRefusesACommonPasswordAndOneWithTheLoginName() throws Exception {
        String login = "t.pw" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/admin/users").with(demo.as("xihu.admin")).with(csrf()).param("loginName", login)
                .param("displayName", "口令测试").param("organisationId", String.valueOf(demo.organisationId("ZJ-HZ-XH-LJ")))
                .param("roles", "CLERK").param("password", "1qaz2wsx3edc"))
                .andExpect(content().string(containsString("这是常见密码")))
                .andExpect(content().string(containsString("（R-AUTH-08）")));
        mvc.perform(post("/admin/users").with(demo.as("xihu.admin")).with(csrf()).param("loginName", login)
                .param("displayName", "口令测试").param("organisationId", String.valueOf(demo.organisationId("ZJ-HZ-XH-LJ")))
                .param("roles", "CLERK").param("password", "my" + login.toUpperCase() + "2026"))
                .andExpect(content().string(containsString("密码不能包含用户名")));
        assertThat(demo.userExists(login)).isFalse();
    }

    // R-AUTH-08
    @Test
    void noneOfTheLastFiveWhetherTheUserOrAnAdminSetsIt() throws Exception {
        UserAccount user = administration.create(demo.actor("xihu.admin"), new NewUser("t.hist." + System.nanoTime(),
                "历史测试", demo.organisationId("ZJ-HZ-XH-LJ"), EnumSet.of(Role.CLERK), "history2026one"));
        Actor self = new Actor(user.getId(), user.getLoginName(), user.getOrganisation().getId(),
                user.getOrganisation().path(), user.getRoles(), "127.0.0.1");
        List<String> passwords = List.of("history2026one", "history2026two", "history2026three", "history2026four",
                "history2026five");
        for (int i = 1; i < passwords.size(); i++) {
            administration.changeOwnPassword(self, passwords.get(i - 1), passwords.get(i));
        }

        // The first of the five is still among the last five: refused, to the user and to an admin alike.
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(DomainException.class,
                () -> administration.changeOwnPassword(self, "history2026five", "history2026one")).messageKey())
                .isEqualTo("password.recent");
        mvc.perform(post("/admin/users/" + user.getId() + "/password").with(demo.as("xihu.admin")).with(csrf())
                .param("password", "history2026three"))
                .andExpect(redirectedUrl("/admin/users/" + user.getId()))
                .andExpect(flash().attribute("error", "password.recent"));

        // A sixth password pushes the first out of the five.
        administration.changeOwnPassword(self, "history2026five", "history2026six");
        administration.changeOwnPassword(self, "history2026six", "history2026one");
    }
}
