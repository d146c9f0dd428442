package org.unionaid.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.reporting.statistics.ReportingPeriod;
import org.unionaid.web.support.Chromium;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.ReportingFixture;
import org.unionaid.web.support.SecondStep;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Four levels reporting one period in a real browser (headless Chromium, as {@link DashboardBrowserTest}): the tea
 * company writes its summary and sends its table; the district accepts it from its inbox and sends its own; the city
 * returns the district's with a comment, then accepts the corrected one and sends its own; the province accepts it and
 * drills its summary down to the tea company's figures and back. Specifies R-STAT-01 (every level reports the top
 * union's period), R-STAT-03 (no table goes up without its summary) and R-STAT-04 (催报 only where a child has not
 * submitted).
 */
@WebIntegrationTest
class ReportingBrowserTest {


    private static Chromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    DemoUsers demo;

    @Autowired
    ReportingFixture fixture;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    FundIntake intake;

    @Autowired
    Clock clock;

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

    private Page signIn(String loginName) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900).setLocale("zh-CN"));
        page.navigate("http://localhost:" + port + "/");
        // R-AUTH-01: the demo's admins and approvers owe a code
        Chromium.signIn(page, loginName, DemoUsers.PASSWORD, secondStep, atTheSecondStep -> { });
        assertThat(page.locator("h1")).containsText("您好");
        return page;
    }

    private static void screenshot(Page page, String name) throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name)).setFullPage(true));
    }

    /** The reporting centre at the test's period, and the own 送温暖 table opened from it. */
    private static void openOwnTable(Page page, ReportingPeriod period) {
        page.locator("nav.navbar").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("统计报表")
                .setExact(true)).click();
        page.getByLabel("报表期").selectOption(new SelectOption().setValue(String.valueOf(period.id())));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选")).click();
        page.locator("#own-title + table tr", new Page.LocatorOptions().setHasText("送温暖活动情况统计表"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("打开")).click();
    }

    /** Writes the union's summary on its table and sends the table up. */
    private static void writeAndSubmit(Page page, String summary) {
        page.getByLabel("总结内容").fill(summary);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存总结")).click();
        assertThat(page.locator(".alert-success")).containsText("书面总结已保存");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上报").setExact(true)).click();
        assertThat(page.locator(".alert-success")).containsText("统计表已上报");
    }

    /** From the dashboard's tile to the inbox, and the child's submitted table opened from its period's section. */
    private static void openFromInbox(Page page, ReportingPeriod period, String child) {
        page.navigate(page.url().replaceAll("(https?://[^/]+).*", "$1") + "/");
        page.locator(".card.tile", new Page.LocatorOptions().setHasText("下级统计表待接收")).locator("a").click();
        assertThat(page.locator("h1")).hasText("下级上报收件箱");
        Locator section = page.locator("section.card", new Page.LocatorOptions().setHasText(period.name()))
                .filter(new Locator.FilterOptions().setHasText("送温暖活动情况统计表"));
        Locator row = section.locator("tr", new Locator.LocatorOptions().setHasText(child));
        assertThat(row).containsText("已上报");
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(child)).click();
    }

    @Test
    void fourLevelsReportOnePeriodAndTheProvinceDrillsDownToTheBaseUnionsFigures() throws Exception {
        LocalDate today = LocalDate.now(clock);
        ReportingPeriod period = fixture.period(today.getYear() + 1, today.minusDays(16), today.minusDays(15),
                today.plusDays(30), 2);
        Campaign campaign = campaigns.create(demo.actor("approver"), new CampaignDraft("浏览器上报" + UUID.randomUUID()
                .toString().substring(0, 6), today.getYear() + 1, today.minusDays(16), today.plusDays(30),
                today.plusDays(30), null, Map.of(), Map.of(FundPurpose.CONDOLENCE,
                        EnumSet.of(FundSource.OWN_UNION_FUNDS))));
        intake.record(demo.actor("lj.finance"), new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, "1234", today, "LL-" + campaign.id(), null, null, null));

        // the base union: no table goes up without its written summary (R-STAT-03)
        Page base = signIn("clerk");
        openOwnTable(base, period);
        assertThat(base.locator("td[data-cell='raised.total.amount']")).containsText("1,234.00");
        base.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上报").setExact(true)).click();
        assertThat(base.locator(".alert-danger")).containsText("R-STAT-03");
        writeAndSubmit(base, "茶业公司筹集工会经费 1,234 元，走访困难职工。");

        // the district accepts it from its inbox, where the campus union is offered 催报 and the tea company not
        Page district = signIn("approver");
        openFromInbox(district, period, "杭州西湖龙井茶业有限公司工会");
        String teaTable = district.url();
        assertThat(district.locator("#written-summary")).containsText("筹集工会经费 1,234 元");
        district.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("接收").setExact(true)).click();
        assertThat(district.locator(".alert-success")).containsText("已接收下级统计表");
        openOwnTable(district, period);
        assertThat(district.locator("td[data-cell='raised.total.amount']")).containsText("1,234.00");
        writeAndSubmit(district, "区总工会汇总基层工会送温暖情况。");
        screenshot(district, "report-district-submitted.png");

        // the city returns it with a comment, then accepts the corrected version
        Page city = signIn("hz.admin");
        openFromInbox(city, period, "西湖区总工会");
        city.getByLabel("退回意见").fill("请补充领导带队走访人次");
        city.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退回").setExact(true)).click();
        assertThat(city.locator(".alert-success")).containsText("已退回下级统计表");

        openOwnTable(district, period);
        assertThat(district.locator("#versions-title + div")).containsText("请补充领导带队走访人次");
        Locator leaders = district.locator("form.manual-field", new Page.LocatorOptions().setHasText("领导带队走访"));
        leaders.getByRole(AriaRole.TEXTBOX).first().fill("4");
        leaders.getByLabel("说明（数据来源）").fill("区总工会领导走访台账");
        leaders.getByRole(AriaRole.BUTTON).click();
        assertThat(district.locator(".alert-success")).containsText("手工项已保存");
        district.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上报").setExact(true)).click();
        assertThat(district.locator(".alert-success")).containsText("统计表已上报");

        openFromInbox(city, period, "西湖区总工会");
        city.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("接收").setExact(true)).click();
        assertThat(city.locator(".alert-success")).containsText("已接收下级统计表");
        openOwnTable(city, period);
        writeAndSubmit(city, "市总工会汇总各区县送温暖情况。");

        // the province accepts the city's table and reads the base union's figures in its summary
        Page province = signIn("admin");
        openFromInbox(province, period, "杭州市总工会");
        province.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("接收").setExact(true)).click();
        assertThat(province.locator(".alert-success")).containsText("已接收下级统计表");
        province.locator("nav.navbar").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("统计报表")
                .setExact(true)).click();
        province.getByLabel("报表期").selectOption(new SelectOption().setValue(String.valueOf(period.id())));
        province.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选")).click();
        province.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("汇总与图表")).click();
        assertThat(province.locator("#children tr", new Page.LocatorOptions().setHasText("杭州市总工会")))
                .containsText("1,234.00");
        assertThat(province.locator("#coverage-chart")).isVisible();
        province.locator("#children").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("杭州市总工会")
                .setExact(true)).click();
        province.locator("#children").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("西湖区总工会")
                .setExact(true)).click();
        assertThat(province.locator("#children tr", new Page.LocatorOptions().setHasText("杭州西湖龙井茶业有限公司工会")))
                .containsText("1,234.00");
        assertThat(province.locator("#trail")).containsText("浙江省总工会");
        // The screenshot once the charts are drawn (charts.js marks each), not while ECharts still loads.
        assertThat(province.locator("[data-chart]").last()).hasAttribute("data-chart-ready", "true");
        screenshot(province, "report-province-drill-down.png");
        province.locator("#trail").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("浙江省总工会"))
                .click();
        assertThat(province.locator("#trail .active")).hasText("浙江省总工会");
        province.navigate(teaTable);
        assertThat(province.locator("td[data-cell='raised.total.amount']")).containsText("1,234.00");
        assertThat(province.locator("#written-summary")).containsText("茶业公司筹集工会经费");
        base.close();
        district.close();
        city.close();
        province.close();
    }
}
