package org.unionaid.web.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium for the browser tests, headless, one per test class: skipped where none is installed unless
 * {@code UNIONAID_REQUIRE_BROWSER=1} (as in CI) makes a missing browser a failure. Playwright never downloads one.
 * Also the one way a browser test signs in through the login form, the second step included.
 */
public final class Chromium implements AutoCloseable {

    private static final List<String> EXECUTABLES = List.of("/usr/bin/chromium", "/usr/lib/chromium/chromium",
            "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    /** Where a right password leads: the dashboard, or the second step. */
    private static final Pattern AFTER_PASSWORD = Pattern.compile(".*/(login/code)?$");
    private static final Pattern DASHBOARD = Pattern.compile(".*:\\d+/$");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        Optional<Path> executable = EXECUTABLES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
        if (!"1".equals(System.getenv("UNIONAID_REQUIRE_BROWSER"))) {
            Assumptions.assumeTrue(executable.isPresent(), "no Chromium installed: browser test skipped");
        }
        Playwright playwright = Playwright.create();
        return new Chromium(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable.orElseThrow(() -> new IllegalStateException("Chromium required")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--no-first-run"))));
    }

    public Browser browser() {
        return browser;
    }

    /**
     * Signs {@code loginName} in on the login form open in {@code page} and, when the user owes a code (R-AUTH-01),
     * through the second step to the dashboard; {@code atTheSecondStep} sees that step's page first. The code is
     * made before the password step and is at least the present step's, so that it lasts through it
     * ({@link SecondStep#codeBeforePassword}).
     */
    public static void signIn(Page page, String loginName, String password, SecondStep secondStep,
            Consumer<Page> atTheSecondStep) {
        Optional<String> code = secondStep.codeBeforePassword(loginName);
        page.getByLabel("用户名").fill(loginName);
        page.getByLabel("密码").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.waitForURL(AFTER_PASSWORD);
        if (page.url().endsWith("/login/code")) {
            atTheSecondStep.accept(page);
            page.getByLabel("验证码").fill(code.orElseThrow());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("验证并登录")).click();
            page.waitForURL(DASHBOARD);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
