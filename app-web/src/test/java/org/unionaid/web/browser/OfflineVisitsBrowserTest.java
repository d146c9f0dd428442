package org.unionaid.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.assistance.OfflineSubmissions;
import org.unionaid.domain.assistance.OfflineVisit;
import org.unionaid.domain.assistance.OfflineVisiting;
import org.unionaid.domain.assistance.Visit;
import org.unionaid.domain.assistance.VisitPhoto;
import org.unionaid.domain.assistance.Visiting;
import org.unionaid.domain.hardship.ExitReason;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.security.Actor;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.Chromium;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.SecondStep;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Visits offline on a phone (issue 22), in Chromium's mobile emulation at 390 × 844 with touch: the clerk opens
 * the offline page with a signal (the list comes, the service worker keeps the page), loses the signal, opens the
 * page again, records three visits with a photo each — one with cash and a signature drawn with a finger — while
 * the server closes the third file, gets the signal back and sends: two are recorded once with their photos, the
 * third is refused with its reason and stays on the phone as refused; sending everything again records nothing.
 * Specifies R-VISIT-01 and R-VISIT-02 (docs/rules.md). Skipped where no Chromium is installed, except when
 * {@code UNIONAID_REQUIRE_BROWSER=1} (CI).
 */
@WebIntegrationTest
class OfflineVisitsBrowserTest {

    private static final String REFUSAL = "只能记录已建档档案的走访";

    private static Chromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    DemoUsers demo;

    @Autowired
    SecondStep secondStep;

    @Autowired
    ApprovedFiles files;

    @Autowired
    FileRegistration registration;

    @Autowired
    Visiting visiting;

    @Autowired
    OfflineVisiting offline;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

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

    /** A phone as Chromium emulates one: 390 × 844, touch, three device pixels to the CSS pixel. */
    private static BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setDeviceScaleFactor(3).setLocale("zh-CN")
                .setUserAgent("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/130.0.0.0 Mobile Safari/537.36"));
    }

    private Page signIn(BrowserContext context, String loginName) {
        Page page = context.newPage();
        page.navigate(url("/login"));
        Chromium.signIn(page, loginName, DemoUsers.PASSWORD, secondStep, atTheSecondStep -> { });
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HardshipFile approved(String name) {
        StringBuilder unique = new StringBuilder(name);
        String.valueOf(System.nanoTime() % 1_000_000).chars()
                .forEach(c -> unique.append("〇一二三四五六七八九".charAt(c - '0')));
        return transaction.execute(tx -> files.approvedWithCard(unique.toString(), FileLevel.BASE));
    }

    /** A photo as a phone camera takes one: larger than the page keeps. */
    private static byte[] jpeg(Color colour) throws Exception {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, 1600, 1200);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static Locator household(Page page, HardshipFile file) {
        return page.locator(".household[data-file-id='" + file.getId() + "']");
    }

    /** Records a visit to the household on the phone, with a photo; with cash, signed with a finger. */
    private static void record(Page page, HardshipFile file, byte[] photo, String cash) {
        int before = page.locator(".queue-entry").count();
        household(page, file).click();
        page.locator("#visitors").fill("李娜（工会主席）");
        page.locator("#photos").setInputFiles(new FilePayload("photo.jpg", "image/jpeg", photo));
        assertThat(page.locator("#photo-previews img")).hasCount(1);
        if (cash != null) {
            page.locator("#cash").fill(cash);
            Locator pad = page.locator("#signature");
            assertThat(pad).isVisible();
            pad.scrollIntoViewIfNeeded();
            BoundingBox box = pad.boundingBox();
            page.mouse().move(box.x + 20, box.y + 30);
            page.mouse().down();
            page.mouse().move(box.x + 120, box.y + 90, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
            page.mouse().move(box.x + 220, box.y + 40, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
            page.mouse().up();
        }
        page.locator("#save").click();
        assertThat(page.locator("#form-error")).isHidden();
        assertThat(page.locator(".queue-entry")).hasCount(before + 1);
    }

    private long visitsTo(List<HardshipFile> households) {
        return jdbc.sql("select count(*) from visit where file_id in (:ids)")
                .param("ids", households.stream().map(HardshipFile::getId).toList()).query(Long.class).single();
    }

    // R-VISIT-01, R-VISIT-02
    @Test
    void visitsRecordedWithoutASignalAreSentOnceWhenOneReturns() throws Exception {
        HardshipFile first = approved("离线走访甲");
        HardshipFile second = approved("离线走访乙");
        HardshipFile closing = approved("离线走访丙");
        Actor clerk = demo.actor("clerk");
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "clerk");
            page.navigate(url("/offline/visits"));
            page.waitForSelector("body[data-ready=true]");
            assertThat(household(page, first)).isVisible();
            page.waitForFunction("() => navigator.serviceWorker.controller !== null");

            context.setOffline(true);
            page.reload();
            page.waitForSelector("body[data-ready=true]");
            assertThat(page.evaluate("() => getComputedStyle(document.getElementById('households')).display"))
                    .as("Bootstrap's style sheet, from the service worker's cache").isEqualTo("grid");
            assertThat(page.locator("#connection")).hasText("无信号");
            assertThat(household(page, second)).isVisible();

            record(page, first, jpeg(Color.ORANGE), "200");
            record(page, second, jpeg(Color.BLUE), null);
            transaction.executeWithoutResult(tx -> registration.exit(demo.actor("approver"), closing.getId(),
                    ExitReason.RE_EMPLOYED, "已再就业"));
            record(page, closing, jpeg(Color.GREEN), null);
            assertThat(page.locator(".queue-entry[data-state=WAITING]")).hasCount(3);
            assertThat(visitsTo(List.of(first, second, closing))).isZero();
            LocalDate today = LocalDate.now(clock);
            long visitedBefore = visiting.coverage(clerk, today.minusDays(OfflineVisiting.PERIOD_DAYS), today)
                    .visitedFiles();

            context.setOffline(false);
            page.locator("#send").click();
            page.waitForFunction("() => document.body.dataset.sending === 'false'"
                    + " && !document.querySelector('.queue-entry[data-state=WAITING]')");
            assertThat(page.locator(".queue-entry[data-state=SENT]")).hasCount(2);
            Locator refused = page.locator(".queue-entry[data-state=REFUSED]");
            assertThat(refused).hasCount(1);
            assertThat(refused).containsText(closing.getWorkerName());
            assertThat(refused.locator(".refusal")).hasText(REFUSAL);

            List<Visit> firstVisits = visiting.ofFile(clerk, first.getId());
            List<Visit> secondVisits = visiting.ofFile(clerk, second.getId());
            assertThat(firstVisits).hasSize(1);
            assertThat(secondVisits).hasSize(1);
            assertThat(visiting.ofFile(clerk, closing.getId())).isEmpty();
            assertThat(firstVisits.get(0).getGiven()).isEqualTo("现金 200.00 元");
            List<VisitPhoto> photos = visiting.photosOf(firstVisits).get(firstVisits.get(0).getId());
            assertThat(photos).extracting(VisitPhoto::filename).containsExactly("photo-1.jpg",
                    OfflineVisit.SIGNATURE_NAME);
            assertThat(visiting.photosOf(secondVisits).get(secondVisits.get(0).getId())).hasSize(1);
            BufferedImage kept = ImageIO.read(new ByteArrayInputStream(
                    visiting.photo(clerk, photos.get(0).id()).content()));
            assertThat(Math.max(kept.getWidth(), kept.getHeight())).as("resized on the phone").isLessThanOrEqualTo(1280);
            assertThat(offline.list(clerk)).extracting(OfflineSubmissions.Household::fileId)
                    .doesNotContain(first.getId(), second.getId());
            // the coverage page of the period counts the two households visited (the closed one left the files)
            assertThat(visiting.coverage(clerk, today.minusDays(OfflineVisiting.PERIOD_DAYS), today).visitedFiles())
                    .isEqualTo(visitedBefore + 2);
            screenshot(page, "offline-visits.png");

            // The same queue sent again: every key answered as the first time, no new visit.
            long before = visitsTo(List.of(first, second, closing));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> answers = (List<Map<String, Object>>) page.evaluate(
                    "() => window.offlineVisits.resendAll()");
            assertThat(answers).hasSize(3).allSatisfy(answer -> assertThat(answer.get("replay")).isEqualTo(true));
            assertThat(answers).extracting(answer -> answer.get("outcome"))
                    .containsExactlyInAnyOrder("RECORDED", "RECORDED", "REFUSED");
            assertThat(visitsTo(List.of(first, second, closing))).isEqualTo(before).isEqualTo(2);
            assertThat(page.locator(".queue-entry[data-state=REFUSED] .refusal")).hasText(REFUSAL);
        }
    }

    @Test
    void signingOutOnThePageOrAnyOtherWipesWhatThePhoneKept() {
        approved("离线登出甲");
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "clerk");
            page.navigate(url("/offline/visits"));
            page.waitForSelector("body[data-ready=true]");
            assertThat(page.locator(".household").first()).isVisible();
            page.locator("#logout-form button").click();
            page.waitForURL(Pattern.compile(".*/login\\?logout$"));
            assertThat(databases(page)).doesNotContain("unionaid-offline");
        }
        // Signing out from any other page wipes it too.
        try (BrowserContext context = phone()) {
            Page page = signIn(context, "clerk");
            page.navigate(url("/offline/visits"));
            page.waitForSelector("body[data-ready=true]");
            page.navigate(url("/"));
            assertThat(databases(page)).contains("unionaid-offline");
            page.locator("details.nav-toggle summary").click();
            page.locator("nav.navbar form[action$='/logout'] button").click();
            page.waitForURL(Pattern.compile(".*/login\\?logout$"));
            assertThat(databases(page)).doesNotContain("unionaid-offline");
        }
    }

    private static String databases(Page page) {
        return String.valueOf(page.evaluate("() => indexedDB.databases().then(d => d.map(x => x.name).join(','))"));
    }

    private static void screenshot(Page page, String name) throws Exception {
        Path shot = Path.of("target", "screenshots", "phone", name);
        Files.createDirectories(shot.getParent());
        page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
    }
}
