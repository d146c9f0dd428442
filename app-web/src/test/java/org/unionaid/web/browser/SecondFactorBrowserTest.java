package org.unionaid.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.user.NewUser;
import org.unionaid.domain.user.UserAdministration;
import org.unionaid.web.support.Chromium;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.SecondStep;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Specifies R-AUTH-03 in a real browser (headless Chromium, skipped where none is installed unless
 * {@code UNIONAID_REQUIRE_BROWSER=1}): a new finance officer signs in, scans nothing but reads the key under the
 * QR code as an authenticator app would, confirms it with a first code, keeps the ten recovery codes, and signs
 * in again with the password and the next code.
 */
@WebIntegrationTest
class SecondFactorBrowserTest {

    private static final String PASSWORD = "browser2026enrol";

    private static Chromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    DemoUsers demo;

    @Autowired
    UserAdministration users;

    @Autowired
    SecondStep secondStep;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private Page password(String login) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900).setLocale("zh-CN"));
        page.navigate("http://localhost:" + port + "/");
        page.getByLabel("用户名").fill(login);
        page.getByLabel("密码").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        return page;
    }

    // R-AUTH-03
    @Test
    void aFinanceOfficerEnrolsAnAuthenticatorAppAndSignsInWithItsCode() throws Exception {
        String login = "browser.fin" + System.nanoTime() % 1_000_000;
        users.create(demo.actor("xihu.admin"), new NewUser(login, "沈佳怡", demo.organisationId("ZJ-HZ-XH"),
                EnumSet.of(Role.FINANCE), PASSWORD));

        Page page = password(login);
        page.waitForURL(Pattern.compile(".*/login/enrol$"));
        assertThat(page.locator("h1")).hasText("设置双因素认证");
        assertThat(page.locator("#qr-code")).isVisible();
        assertThat(page.locator("#qr-code")).hasAttribute("src", Pattern.compile("^data:image/png;base64,"));
        String key = page.locator("#secret").textContent().replace(" ", "");
        screenshot(page, "second-factor-enrol.png");

        page.getByLabel("应用显示的 6 位验证码").fill("000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("完成设置并登录")).click();
        assertThat(page.locator("#code-error")).containsText("验证码不正确或已经用过");

        page.getByLabel("应用显示的 6 位验证码").fill(secondStep.codeFor(key));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("完成设置并登录")).click();
        assertThat(page.locator("h1")).hasText("请保存恢复码");
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        screenshot(page, "second-factor-recovery-codes.png");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("已保存，进入系统")).click();
        assertThat(page.locator("h1")).hasText("沈佳怡，您好");
        page.close();

        Page again = password(login);
        again.waitForURL(Pattern.compile(".*/login/code$"));
        again.getByLabel("验证码").fill(secondStep.code(login));
        again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("验证并登录")).click();
        assertThat(again.locator("h1")).hasText("沈佳怡，您好");
        assertThat(demo.auditCount(login, "SECOND_FACTOR_ENROL", "SUCCESS")).isEqualTo(1);
        assertThat(demo.auditCount(login, "LOGIN", "SUCCESS")).isEqualTo(2);
        again.close();
    }

    private static void screenshot(Page page, String name) throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name)).setFullPage(true));
    }
}
