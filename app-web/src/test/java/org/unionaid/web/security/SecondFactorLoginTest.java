package org.unionaid.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.unionaid.domain.login.Base32;
import org.unionaid.domain.login.SecondFactorAdministration;
import org.unionaid.domain.login.Totp;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.user.NewUser;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAdministration;
import org.unionaid.web.shared.MovableClock;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.SecondStep;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Specifies R-AUTH-01 (the second step at every login of those who move money or see personal data), R-AUTH-02
 * (a code once, within its window), R-AUTH-03 (enrolment with a QR code drawn on the server and ten recovery
 * codes kept hashed) and R-AUTH-04 (the reset by an admin of a higher union), through the login form as a
 * browser uses it: the session is the {@code SESSION} cookie carried from one request to the next.
 */
@WebIntegrationTest
class SecondFactorLoginTest {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");
    private static final Pattern QR = Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"");
    private static final Pattern RECOVERY = Pattern.compile("<li>([A-Z2-9]{5}-[A-Z2-9]{5})</li>");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    SecondStep secondStep;

    @Autowired
    UserAdministration users;

    @Autowired
    SecondFactorAdministration secondFactors;

    @Autowired
    MovableClock clock;

    private Cookie password(String login, String password, String expectedPage) throws Exception {
        Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie(LoginTest.SESSION);
        MvcResult result = mvc.perform(post("/login").cookie(before).with(csrf()).param("username", login)
                .param("password", password)).andExpect(redirectedUrl(expectedPage)).andReturn();
        Cookie session = result.getResponse().getCookie(LoginTest.SESSION);
        return session != null ? session : before;
    }

    private MvcResult code(Cookie session, String code) throws Exception {
        return mvc.perform(post("/login/code").cookie(session).with(csrf()).param("code", code)).andReturn();
    }

    private static Cookie sessionOf(MvcResult result, Cookie before) {
        Cookie after = result.getResponse().getCookie(LoginTest.SESSION);
        return after != null ? after : before;
    }

    // R-AUTH-01
    @Test
    void theRightPasswordAloneReachesNothingButTheSecondStep() throws Exception {
        long logins = demo.auditCount("approver", "LOGIN", "SUCCESS");
        Cookie halfway = password("approver", DemoUsers.PASSWORD, "/login/code");

        for (String page : List.of("/", "/approvals", "/batches", "/files", "/admin/users", "/ledger", "/account/password")) {
            mvc.perform(get(page).cookie(halfway)).andExpect(redirectedUrl("/login/code"));
        }
        mvc.perform(post("/batches/1/approve").cookie(halfway).with(csrf())).andExpect(redirectedUrl("/login/code"));
        mvc.perform(get("/login/code").cookie(halfway)).andExpect(status().isOk())
                .andExpect(content().string(containsString("验证码")));
        assertThat(demo.auditCount("approver", "LOGIN", "SUCCESS")).isEqualTo(logins);

        MvcResult signedIn = code(halfway, secondStep.code("approver"));
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        // A new session id for the completed login, as for the password.
        Cookie session = sessionOf(signedIn, halfway);
        assertThat(session.getValue()).isNotEqualTo(halfway.getValue());
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("刘强")));
        assertThat(demo.auditCount("approver", "LOGIN", "SUCCESS")).isEqualTo(logins + 1);
    }

    // R-AUTH-01
    @Test
    void aClerkSignsInWithThePasswordAlone() throws Exception {
        Cookie session = password("clerk", DemoUsers.PASSWORD, "/");
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    }

    // R-AUTH-01
    @Test
    void aUserWhoOwesTheSecondFactorIsNotLetInByAPasswordOnlyLoginWhateverHoldsIt() throws Exception {
        mvc.perform(get("/").with(user(demo.currentUser("finance")))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user(demo.currentUser("admin")))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(user(demo.currentUser("clerk")))).andExpect(status().isOk());
        mvc.perform(get("/").with(demo.as("finance"))).andExpect(status().isOk());
    }

    // R-AUTH-02
    @Test
    void aCodeIsTakenOnceAndAWrongOneIsAFailedLogin() throws Exception {
        Cookie first = password("auditor", DemoUsers.PASSWORD, "/login/code");
        String code = secondStep.code("auditor");
        assertThat(code(first, code).getResponse().getRedirectedUrl()).isEqualTo("/");

        long failures = demo.auditCount("auditor", "LOGIN", "FAILURE");
        Cookie second = password("auditor", DemoUsers.PASSWORD, "/login/code");
        MvcResult replayed = code(second, code);
        assertThat(replayed.getResponse().getStatus()).isEqualTo(200);
        assertThat(replayed.getResponse().getContentAsString()).contains("验证码不正确或已经用过").contains("（R-AUTH-02）");
        assertThat(demo.auditCount("auditor", "LOGIN", "FAILURE")).isEqualTo(failures + 1);
        assertThat(demo.lastAuditDetail("auditor", "LOGIN")).isEqualTo(SecondStepAudit.WRONG_CODE);
        mvc.perform(get("/").cookie(second)).andExpect(redirectedUrl("/login/code"));

        assertThat(code(second, secondStep.code("auditor")).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    // R-AUTH-02
    @Test
    void aCodeTwoStepsOldIsRefused() throws Exception {
        Cookie halfway = password("lj.finance", DemoUsers.PASSWORD, "/login/code");
        String code = secondStep.code("lj.finance");
        try (MovableClock.Moved later = clock.moveTo(clock.instant().plus(Duration.ofSeconds(3 * Totp.STEP_SECONDS)))) {
            MvcResult late = code(halfway, code);
            assertThat(late.getResponse().getContentAsString()).contains("（R-AUTH-02）");
            assertThat(code(halfway, secondStep.code("lj.finance")).getResponse().getRedirectedUrl()).isEqualTo("/");
        }
    }

    // R-AUTH-01
    @Test
    void theSecondStepWaitsFiveMinutesAtMost() throws Exception {
        Cookie halfway = password("hz.admin", DemoUsers.PASSWORD, "/login/code");
        try (MovableClock.Moved later = clock.moveTo(clock.instant().plus(PendingSecondFactor.VALID_FOR).plusSeconds(5))) {
            assertThat(code(halfway, secondStep.code("hz.admin")).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?expired");
        }
    }

    // R-AUTH-03
    @Test
    void aNewUserEnrolsWithTheQrCodeAndSignsInLaterWithACodeOrARecoveryCodeOnce() throws Exception {
        String login = "t.fin." + System.nanoTime();
        users.create(demo.actor("xihu.admin"), new NewUser(login, "双因素测试", demo.organisationId("ZJ-HZ-XH"),
                EnumSet.of(Role.FINANCE), "enrol2026secret"));

        Cookie halfway = password(login, "enrol2026secret", "/login/enrol");
        mvc.perform(get("/").cookie(halfway)).andExpect(redirectedUrl("/login/enrol"));
        String page = mvc.perform(get("/login/enrol").cookie(halfway)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        String secret = match(SECRET, page).replace(" ", "");
        assertThat(QrCodesTest.read(match(QR, page))).isEqualTo(Totp.uri("UnionAid", login, Base32.decode(secret)));
        // Reloading the page shows the same secret: the one waiting for its first code.
        assertThat(match(SECRET, mvc.perform(get("/login/enrol").cookie(halfway)).andReturn().getResponse()
                .getContentAsString()).replace(" ", "")).isEqualTo(secret);

        MvcResult wrong = mvc.perform(post("/login/enrol").cookie(halfway).with(csrf()).param("code", "000000"))
                .andReturn();
        assertThat(wrong.getResponse().getContentAsString()).contains("（R-AUTH-02）");
        MvcResult enrolled = mvc.perform(post("/login/enrol").cookie(halfway).with(csrf())
                .param("code", secondStep.codeFor(secret))).andExpect(status().isOk()).andReturn();
        List<String> recoveryCodes = all(RECOVERY, enrolled.getResponse().getContentAsString());
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        assertThat(demo.auditCount(login, "SECOND_FACTOR_ENROL", "SUCCESS")).isEqualTo(1);
        mvc.perform(get("/").cookie(sessionOf(enrolled, halfway))).andExpect(status().isOk());

        Cookie again = password(login, "enrol2026secret", "/login/code");
        assertThat(code(again, secondStep.code(login)).getResponse().getRedirectedUrl()).isEqualTo("/");

        Cookie withoutPhone = password(login, "enrol2026secret", "/login/code");
        assertThat(code(withoutPhone, recoveryCodes.get(3).toLowerCase().replace("-", " ")).getResponse()
                .getRedirectedUrl()).isEqualTo("/");
        assertThat(demo.auditCount(login, "SECOND_FACTOR_RECOVERY", "SUCCESS")).isEqualTo(1);
        Cookie reused = password(login, "enrol2026secret", "/login/code");
        assertThat(code(reused, recoveryCodes.get(3)).getResponse().getContentAsString()).contains("（R-AUTH-02）");
    }

    // R-AUTH-04
    @Test
    void anAdminOfAHigherUnionResetsALostPhoneAndTheUserEnrolsAgain() throws Exception {
        String login = "t.reset." + System.nanoTime();
        UserAccount user = users.create(demo.actor("xihu.admin"), new NewUser(login, "重置测试",
                demo.organisationId("ZJ-HZ-XH"), EnumSet.of(Role.APPROVER), "reset2026secret"));
        Cookie halfway = password(login, "reset2026secret", "/login/enrol");
        String secret = match(SECRET, mvc.perform(get("/login/enrol").cookie(halfway)).andReturn().getResponse()
                .getContentAsString()).replace(" ", "");
        MvcResult enrolled = mvc.perform(post("/login/enrol").cookie(halfway).with(csrf())
                .param("code", secondStep.codeFor(secret))).andReturn();
        Cookie session = sessionOf(enrolled, halfway);
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        // The district's own admin works beside the user: refused, and the page offers no reset.
        mvc.perform(post("/admin/users/" + user.getId() + "/second-factor/reset").with(demo.as("xihu.admin"))
                .with(csrf())).andExpect(redirectedUrl("/admin/users/" + user.getId()));
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(DomainException.class,
                () -> secondFactors.reset(demo.actor("xihu.admin"), user.getId())).messageKey())
                .isEqualTo("secondFactor.reset.notAbove");
        mvc.perform(get("/admin/users/" + user.getId()).with(demo.as("xihu.admin")))
                .andExpect(content().string(containsString("只有上级工会的系统管理员可以重置")));

        mvc.perform(get("/admin/users/" + user.getId()).with(demo.as("hz.admin")))
                .andExpect(content().string(containsString("重置双因素认证")));
        mvc.perform(post("/admin/users/" + user.getId() + "/second-factor/reset").with(demo.as("hz.admin"))
                .with(csrf())).andExpect(redirectedUrl("/admin/users/" + user.getId()));
        assertThat(demo.auditCount("hz.admin", "SECOND_FACTOR_RESET", "SUCCESS")).isPositive();
        // The user's session ends with the reset; the next login enrols a new secret.
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login?expired"));
        password(login, "reset2026secret", "/login/enrol");
    }

    private static String match(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }

    private static List<String> all(Pattern pattern, String page) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(page);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
