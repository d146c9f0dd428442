package org.unionaid.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unionaid.domain.login.LoginAttempts;
import org.unionaid.domain.login.LoginRules;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.user.NewUser;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAdministration;
import org.unionaid.web.shared.MovableClock;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Specifies R-AUTH-05 (growing delays per name and client address), R-AUTH-06 (the lock past the per-name ceiling,
 * its admins told and lifting it) and R-AUTH-07 (one audit row and one short log line per refused attempt), through
 * the login form with the client address a browser would have.
 */
@WebIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleTest {

    private static final String PASSWORD = "throttle2026pass";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    UserAdministration users;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    MovableClock movable;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private UserAccount newClerk() {
        return users.create(demo.actor("xihu.admin"), new NewUser("t.throttle." + System.nanoTime(), "限速测试",
                demo.organisationId("ZJ-HZ-XH-LJ"), EnumSet.of(Role.CLERK), PASSWORD));
    }

    private ResultActions login(String name, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", name)
                .param("password", password));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    // R-AUTH-05
    @Test
    void aStrangersWrongPasswordsSlowDownTheStrangerNotTheUserAtTheOffice() throws Exception {
        UserAccount user = newClerk();
        for (int attempt = 0; attempt < LoginRules.FREE_FAILURES; attempt++) {
            login(user.getLoginName(), "guess-" + attempt, "203.0.113.7").andExpect(redirectedUrl("/login?error"));
        }
        // The stranger now waits, even with the right password: the answer gives nothing away.
        login(user.getLoginName(), PASSWORD, "203.0.113.7").andExpect(redirectedUrl("/login?wait=1"));
        mvc.perform(get("/login").param("wait", "1")).andExpect(content().string(containsString("请 1 秒后再试")))
                .andExpect(content().string(containsString("（R-AUTH-05）")));
        // The user at the office is not slowed down at all.
        login(user.getLoginName(), PASSWORD, "10.20.30.40").andExpect(redirectedUrl("/"));

        // Each further failure doubles the stranger's wait; a refused attempt lengthens nothing.
        try (MovableClock.Moved later = movable.moveTo(clock.instant().plusSeconds(2))) {
            login(user.getLoginName(), "guess-3", "203.0.113.7").andExpect(redirectedUrl("/login?error"));
            login(user.getLoginName(), "guess-4", "203.0.113.7").andExpect(redirectedUrl("/login?wait=2"));
        }
        try (MovableClock.Moved later = movable.moveTo(clock.instant().plusSeconds(5))) {
            login(user.getLoginName(), PASSWORD, "203.0.113.7").andExpect(redirectedUrl("/"));
        }
    }

    // R-AUTH-05
    @Test
    void namesNobodyHasAreSlowedDownAlike() throws Exception {
        String name = "nobody." + System.nanoTime();
        for (int attempt = 0; attempt < LoginRules.FREE_FAILURES; attempt++) {
            login(name, "guess-" + attempt, "198.51.100.1").andExpect(redirectedUrl("/login?error"));
        }
        login(name, "guess-last", "198.51.100.1").andExpect(redirectedUrl("/login?wait=1"));
    }

    // R-AUTH-06
    @Test
    void failuresFromManyAddressesLockTheNameUntilAnAdminLiftsTheLock() throws Exception {
        UserAccount user = newClerk();
        for (int address = 1; address < LoginRules.CEILING; address++) {
            attempts.fail(user.getLoginName(), "192.0.2." + address, clock.instant());
        }
        login(user.getLoginName(), "the-fiftieth", "192.0.2.250").andExpect(redirectedUrl("/login?error"));

        // Locked: the right password from an address that never failed is refused too.
        login(user.getLoginName(), PASSWORD, "10.20.30.41").andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(containsString("（R-AUTH-06）")));

        // The admins of the account's union and above are told on their dashboard; a sibling's admin is not.
        for (String admin : List.of("xihu.admin", "hz.admin", "admin")) {
            mvc.perform(get("/").with(demo.as(admin))).andExpect(content().string(containsString(user.getLoginName())));
        }
        mvc.perform(get("/").with(demo.as("yuhang.admin")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(user.getLoginName()))));
        mvc.perform(get("/admin/users/" + user.getId()).with(demo.as("xihu.admin")))
                .andExpect(content().string(containsString("账号已锁定")));

        mvc.perform(post("/admin/users/" + user.getId() + "/unlock").with(demo.as("xihu.admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + user.getId()));
        assertThat(demo.auditCount("xihu.admin", "ACCOUNT_UNLOCK", "SUCCESS")).isPositive();
        login(user.getLoginName(), PASSWORD, "10.20.30.41").andExpect(redirectedUrl("/"));
    }

    // R-AUTH-07
    @Test
    void aRefusedAttemptWritesOneAuditRowAndOneShortLogLine(CapturedOutput output) throws Exception {
        UserAccount user = newClerk();
        for (int attempt = 0; attempt < LoginRules.FREE_FAILURES; attempt++) {
            login(user.getLoginName(), "guess-" + attempt, "203.0.113.9");
        }
        long deniedBefore = denied(user.getLoginName());
        int logBefore = output.getOut().length();

        login(user.getLoginName(), "guess-throttled", "203.0.113.9").andExpect(redirectedUrl("/login?wait=1"));

        assertThat(denied(user.getLoginName())).isEqualTo(deniedBefore + 1);
        assertThat(demo.lastAuditDetail(user.getLoginName(), "LOGIN")).isEqualTo("LoginDelayedException");
        String logged = output.getOut().substring(logBefore);
        List<String> lines = logged.lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).filteredOn(line -> line.contains("Login refused")).hasSize(1);
        assertThat(lines).noneMatch(line -> line.contains("ERROR") || line.strip().startsWith("at ")
                || line.contains("Exception:"));
        assertThat(lines.stream().filter(line -> line.contains("Login refused")).findFirst().orElseThrow().length())
                .isLessThan(300);
    }

    private long denied(String login) {
        return jdbc.sql("""
                select count(*) from audit_event where actor_login = :login and action = 'LOGIN' and outcome = 'DENIED'
                """).param("login", login).query(Long.class).single();
    }

    // R-AUTH-05
    @Test
    void wrongCodesAtTheSecondStepCountLikeWrongPasswords() throws Exception {
        String login = "t.codes." + System.nanoTime();
        users.create(demo.actor("xihu.admin"), new NewUser(login, "验证码限速", demo.organisationId("ZJ-HZ-XH"),
                EnumSet.of(Role.AUDITOR), PASSWORD));
        var session = mvc.perform(post("/login").with(csrf()).with(from("203.0.113.20")).param("username", login)
                .param("password", PASSWORD)).andExpect(redirectedUrl("/login/enrol")).andReturn().getResponse()
                .getCookie(LoginTest.SESSION);
        mvc.perform(get("/login/enrol").cookie(session).with(from("203.0.113.20")))
                .andExpect(content().string(containsString("id=\"qr-code\"")));
        for (int attempt = 0; attempt < LoginRules.FREE_FAILURES; attempt++) {
            mvc.perform(post("/login/enrol").cookie(session).with(csrf()).with(from("203.0.113.20"))
                    .param("code", "00000" + attempt)).andExpect(content().string(containsString("（R-AUTH-02）")));
        }
        mvc.perform(post("/login/enrol").cookie(session).with(csrf()).with(from("203.0.113.20")).param("code", "123456"))
                .andExpect(redirectedUrl("/login?wait=1"));
        // The halfway login is gone with it: the password is asked again.
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
        assertThat(Duration.ofSeconds(1)).isEqualTo(LoginRules.delayAfter(LoginRules.FREE_FAILURES));
    }
}
