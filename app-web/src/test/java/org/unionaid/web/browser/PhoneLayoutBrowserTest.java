package org.unionaid.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.web.support.Chromium;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.SecondStep;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Every page on a phone (issue 22): each role's main pages, opened in Chromium's mobile emulation at 360 × 740,
 * are no wider than the screen, and what a finger presses (fields, lists, buttons) is at least 44 pixels high.
 * Skipped where no Chromium is installed, except when {@code UNIONAID_REQUIRE_BROWSER=1} (CI).
 */
@WebIntegrationTest
class PhoneLayoutBrowserTest {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 740;
    /** The smallest target a finger hits reliably (WCAG 2.5.5, Apple's and Android's guidelines). */
    private static final int TOUCH = 44;
    /** The pages photographed to target/screenshots/phone, to be looked at. */
    private static final Pattern SHOWN = Pattern.compile("/|/files(/\\d+)?|/batches/\\d+|/ledger|/admin/users|/audit/desk");

    /**
     * How wide the page is, how wide the window, and the outermost elements that stick out of the screen. A mobile
     * browser zooms out to show a page wider than itself, so the window widens with the page: the screen is the
     * layout viewport, which does not.
     */
    private static final String WIDTH_SCRIPT = """
            () => {
              const screen = document.documentElement.clientWidth;
              const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + [...e.classList].slice(0, 3).map(c => '.' + c).join('')
                  + ' "' + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 30) + '"';
              const clipped = e => { for (let a = e.parentElement; a; a = a.parentElement) {
                  if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
              const out = [...document.body.querySelectorAll('*')].filter(e => {
                  const r = e.getBoundingClientRect();
                  return r.width > 0 && r.right > screen + 0.5 && !clipped(e)
                      && !(e.parentElement.getBoundingClientRect().right > screen + 0.5);
              }).slice(0, 3).map(e => name(e) + ' to ' + Math.round(e.getBoundingClientRect().right) + 'px');
              return { width: document.documentElement.scrollWidth, window: window.innerWidth, out: out.join('; ') };
            }""";

    /** The controls shown that are lower than a fingertip (a checkbox with its label: the row of both). */
    private static final String TOUCH_SCRIPT = """
            (least) => [...document.querySelectorAll('input:not([type=hidden]):not([type=checkbox]):not([type=radio]),'
                  + ' select, textarea, button, .btn, summary, .form-check')]
              .filter(e => { const r = e.getBoundingClientRect();
                  return r.width > 1 && r.height > 1 && r.height < least - 0.5; })
              .slice(0, 5)
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : (e.name ? '[name=' + e.name + ']' : ''))
                  + ' "' + (e.textContent || e.placeholder || '').trim().slice(0, 20) + '" '
                  + Math.round(e.getBoundingClientRect().height) + 'px')
              .join('; ')""";

    private static Chromium chromium;
    private static Browser browser;
    private static Long batchId;

    @LocalServerPort
    int port;

    @Autowired
    DemoUsers demo;

    @Autowired
    SecondStep secondStep;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    FundIntake intake;

    @Autowired
    Disbursement disbursement;

    @Autowired
    Clock clock;

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

    /** A phone as Chromium emulates one: a small screen, touch, three device pixels to the CSS pixel. */
    private static BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(WIDTH, HEIGHT).setIsMobile(true)
                .setHasTouch(true).setDeviceScaleFactor(3).setLocale("zh-CN")
                .setUserAgent("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/130.0.0.0 Mobile Safari/537.36"));
    }

    /** Signs in on the phone, checking the sign-in pages on the way. */
    private Page signIn(BrowserContext context, String loginName, List<String> problems) {
        Page page = context.newPage();
        page.navigate(url("/login"));
        check(page, loginName, "/login", problems);
        Chromium.signIn(page, loginName, DemoUsers.PASSWORD, secondStep,
                atTheSecondStep -> check(atTheSecondStep, loginName, "/login/code", problems));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Whether the page fits the screen and its controls a finger; what does not, by user and page. */
    private static void check(Page page, String loginName, String path, List<String> problems) {
        @SuppressWarnings("unchecked")
        Map<String, Object> width = (Map<String, Object>) page.evaluate(WIDTH_SCRIPT);
        int scrollWidth = ((Number) width.get("width")).intValue();
        int window = ((Number) width.get("window")).intValue();
        if (window != WIDTH || scrollWidth > window) {
            problems.add(loginName + " " + path + ": " + scrollWidth + "px wide on a " + WIDTH + "px screen, window "
                    + window + "px; sticking out: " + width.get("out"));
        }
        String small = (String) page.evaluate(TOUCH_SCRIPT, TOUCH);
        if (!small.isEmpty()) {
            problems.add(loginName + " " + path + ": lower than " + TOUCH + "px: " + small);
        }
    }

    /** The first link on the page to a path of this shape, if there is one. */
    private static Optional<String> firstLink(Page page, String regex) {
        return page.locator("main a[href]").all().stream().map(a -> a.getAttribute("href"))
                .filter(href -> href != null && href.matches(regex)).findFirst();
    }

    /** A draft batch of the district with its lines, for the batch page (its own campaign: nobody else's money). */
    private long batch() {
        if (batchId == null) {
            LocalDate today = LocalDate.now(clock);
            Campaign campaign = campaigns.create(demo.actor("approver"), new CampaignDraft("手机页面" + UUID.randomUUID(),
                    today.getYear(), today.minusDays(1), today.plusDays(30), today.plusDays(40), null,
                    Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "2000")),
                    Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS))));
            intake.record(demo.actor("finance"), new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS,
                    FundPurpose.CONDOLENCE, "100000", today, "SJ-" + campaign.id(), null, null, null));
            Batch batch = disbursement.create(demo.actor("finance"), campaign.id(), FundSource.OWN_UNION_FUNDS,
                    FundPurpose.CONDOLENCE, PaymentMethod.BANK_TRANSFER, null);
            disbursement.fill(demo.actor("finance"), batch.id(), HardshipCategory.DEEP, null);
            batchId = batch.id();
        }
        return batchId;
    }

    private static void screenshot(Page page, String name) throws Exception {
        Path shot = Path.of("target", "screenshots", "phone", name);
        Files.createDirectories(shot.getParent());
        page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"clerk", "reviewer", "approver", "finance", "auditor", "admin"})
    void everyMainPageOfTheRoleFitsAPhoneScreen(String loginName) throws Exception {
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = phone()) {
            Page page = signIn(context, loginName, problems);
            // The pages the navigation offers the role, then a page of each kind its lists lead to.
            Set<String> paths = new LinkedHashSet<>(page.locator("nav.navbar a[href]").all().stream()
                    .map(a -> a.getAttribute("href")).filter(href -> href.startsWith("/") && !href.contains("lang="))
                    .toList());
            if (Set.of("finance", "approver").contains(loginName)) {
                paths.add("/batches/" + batch());
            }
            paths.addAll(switch (loginName) {
                case "clerk" -> List.of("/files/new", "/files/due");
                case "reviewer" -> List.of("/notices/new");
                case "admin" -> List.of("/admin/users/new", "/admin/living-standards/new", "/campaigns/new");
                default -> List.of();
            });
            Map<String, String> leadsTo = Map.of("/files", "/files/\\d+", "/notices", "/notices/\\d+",
                    "/batches", "/batches/\\d+", "/campaigns", "/campaigns/\\d+", "/admin/users", "/admin/users/\\d+",
                    "/audit/desk", "/audit/desk/runs/\\d+", "/recipients", "/recipients/\\d+", "/enterprises",
                    "/enterprises/\\d+", "/reports", "/reports/\\d+/WARMTH/\\d+");
            Set<String> visited = new LinkedHashSet<>();
            List<String> queue = new ArrayList<>(paths);
            for (int i = 0; i < queue.size(); i++) {
                String path = queue.get(i);
                if (!visited.add(path)) {
                    continue;
                }
                page.navigate(url(path));
                check(page, loginName, path, problems);
                if (SHOWN.matcher(path).matches()) {
                    screenshot(page, loginName + path.replaceAll("[/?=]", "_") + ".png");
                }
                String pattern = leadsTo.get(path);
                if (pattern != null) {
                    firstLink(page, pattern).ifPresent(queue::add);
                }
                if (path.matches("/files/\\d+") && loginName.equals("clerk")) {
                    page.locator("main .nav-tabs a[href*='tab=']").all().stream()
                            .map(a -> a.getAttribute("href")).forEach(queue::add);
                }
            }
            assertThat(visited).as("pages opened as " + loginName).hasSizeGreaterThan(8);
        }
        assertThat(problems).as("pages that do not fit a " + WIDTH + "px phone as " + loginName).isEmpty();
    }

    @Test
    void theNavigationFoldsIntoAMenuThatOpensWithTheKeyboardAndClosesOnEscape() throws Exception {
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "admin", new ArrayList<>());
            Locator nav = page.locator("nav.navbar");
            Locator toggle = nav.locator("summary", new Locator.LocatorOptions().setHasText("菜单"));
            Locator files = nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("困难职工档案"));
            assertThat(toggle).isVisible();
            assertThat(files).isHidden();
            assertThat(nav.locator(".navbar-brand")).hasText("UnionAid 工会帮扶");
            double brandHeight = nav.locator(".navbar-brand").boundingBox().height;
            assertThat(brandHeight).as("the brand on one line").isLessThan(45);

            toggle.focus();
            page.keyboard().press("Enter");
            assertThat(files).isVisible();
            Locator system = nav.locator("details.nav-menu", new Locator.LocatorOptions().setHasText("系统管理"));
            system.locator("summary").click();
            assertThat(system.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("用户管理"))).isVisible();
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(WIDTH);
            screenshot(page, "admin-menu-open.png");

            page.keyboard().press("Escape");
            page.keyboard().press("Escape");
            assertThat(files).isHidden();
            assertThat(toggle).isFocused();

            toggle.click();
            system.locator("summary").click();
            system.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("用户管理")).click();
            assertThat(page.locator("h1")).hasText("用户管理");
            assertThat(files).isHidden();
        }
    }

    @Test
    void aWideTableScrollsInItsOwnBoxWithItsFirstColumnInView() throws Exception {
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "finance", new ArrayList<>());
            page.navigate(url("/batches/" + batch()));
            Locator table = page.locator("#batch-lines");
            Locator name = table.locator("tbody tr").first().locator("td").first();
            double left = table.boundingBox().x;
            table.evaluate("table => table.scrollLeft = table.scrollWidth");
            assertThat((Integer) table.evaluate("table => table.scrollLeft")).as("the table scrolled").isPositive();
            assertThat(name.boundingBox().x).as("the first column stays").isCloseTo(left, within(1.0));
            assertThat((Integer) page.evaluate("window.scrollX")).as("the page did not").isZero();
            screenshot(page, "finance_batch-lines-scrolled.png");
        }
    }

    @Test
    void theBarFoldsOnATabletButNotOnADesk() {
        for (int width : new int[] {800, 1280}) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 800)
                    .setLocale("zh-CN"))) {
                Page page = signIn(context, "clerk", new ArrayList<>());
                Locator nav = page.locator("nav.navbar");
                Locator files = nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("困难职工档案"));
                if (width < 992) {
                    assertThat(nav.locator(".nav-toggle")).isVisible();
                    assertThat(files).isHidden();
                } else {
                    assertThat(nav.locator(".nav-toggle")).isHidden();
                    assertThat(files).isVisible();
                }
            }
        }
    }

    @Test
    void theFileFormOpensTheKeypadThatFitsEachNumber() throws Exception {
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "clerk", new ArrayList<>());
            page.navigate(url("/files/new"));
            for (String amount : List.of("#yearlyIncome", "#rigidSpending", "#accidentCosts")) {
                assertThat(page.locator(amount)).hasAttribute("inputmode", "decimal");
            }
            assertThat(page.locator("#bankCardNumber")).hasAttribute("inputmode", "numeric");
            // An ID number may end in X, which a numeric keypad cannot type: the text keyboard (the server takes x too).
            assertThat(page.locator("#workerIdNumber")).hasAttribute("type", "text");
            assertThat(page.locator("#workerIdNumber")).not().hasAttribute("inputmode", Pattern.compile(".*"));
            screenshot(page, "clerk-file-form.png");
        }
    }
}
