package org.unionaid.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unionaid.domain.hardship.AttachmentKind;
import org.unionaid.domain.hardship.FileDocumentation;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.web.shared.MovableClock;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.Chromium;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.SecondStep;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.TestSheets;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * A person in a real browser: headless Chromium (Debian's, never a downloaded one) signs in as the
 * demo clerk and sees the Chinese dashboard. Skipped where no Chromium is installed, except when
 * {@code UNIONAID_REQUIRE_BROWSER=1} (CI), where a missing browser fails the build.
 */
@WebIntegrationTest
class DashboardBrowserTest {


    private static Chromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    FileRegistration registration;

    @Autowired
    DemoUsers demo;

    @Autowired
    SecondStep secondStep;


    @Autowired
    Clock clock;

    @Autowired
    MovableClock movable;

    @Autowired
    FileDocumentation documents;

    private static final byte[] PDF = "%PDF-1.4 浏览器测试材料".getBytes(StandardCharsets.UTF_8);

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
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800).setLocale("zh-CN"));
        page.navigate("http://localhost:" + port + "/");
        assertThat(page.getByLabel("用户名")).isVisible();
        // R-AUTH-01: the demo's admins, approvers, finance officers, auditors and reviewer owe a code.
        Chromium.signIn(page, loginName, DemoUsers.PASSWORD, secondStep, atTheSecondStep -> { });
        return page;
    }

    /** Opens a navigation group (a details element) and follows one of its links. */
    private static void openMenu(Page page, String group, String item) {
        Locator nav = page.locator("nav.navbar");
        nav.locator("summary", new Locator.LocatorOptions().setHasText(group)).click();
        nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(item).setExact(true)).click();
    }

    private static void screenshot(Page page, String name) throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name)).setFullPage(true));
    }

    @Test
    void clerkSignsInAndSeesTheChineseDashboard() throws Exception {
        Page page = signIn("clerk");

        assertThat(page.locator("h1")).hasText("王芳，您好");
        assertThat(page.locator("main")).containsText("杭州西湖龙井茶业有限公司工会");
        assertThat(page.locator("nav.navbar")).containsText("录入员");
        assertThat(page.locator("nav.navbar")).not().containsText("用户管理");

        screenshot(page, "dashboard-clerk.png");
        page.close();
    }

    @Test
    void aNavigationMenuClosesOnAClickElsewhereAndOnEscape() {
        Page page = signIn("admin");
        Locator menu = page.locator("details.nav-menu", new Page.LocatorOptions().setHasText("系统管理"));

        menu.locator("summary").click();
        assertThat(menu).hasAttribute("open", "");
        page.locator("footer").click();
        assertThat(menu).not().hasAttribute("open", "");

        menu.locator("summary").click();
        assertThat(menu).hasAttribute("open", "");
        page.keyboard().press("Escape");
        assertThat(menu).not().hasAttribute("open", "");
        assertThat(menu.locator("summary")).isFocused();
        page.close();
    }

    @Test
    void provincialAdminBrowsesTheUnionTreeWithTheKeyboardAndFilters() throws Exception {
        Page page = signIn("admin");
        assertThat(page.locator("h1")).hasText("张建国，您好");
        screenshot(page, "dashboard-admin.png");

        openMenu(page, "系统管理", "组织管理");
        assertThat(page.locator("table")).containsText("宁波市总工会");
        assertThat(page.locator("table")).containsText("鄞州区快递行业联合工会");
        screenshot(page, "organisations.png");

        page.getByLabel("按名称或组织代码查找").fill("鄞州");
        page.getByLabel("按名称或组织代码查找").press("Enter");
        assertThat(page.locator("tbody tr")).hasCount(4);
        assertThat(page.locator("table")).not().containsText("西湖区总工会");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("鄞州区总工会")).click();
        assertThat(page.getByLabel("名称")).hasValue("鄞州区总工会");
        assertThat(page.locator(".breadcrumb")).containsText("宁波市总工会");
        assertThat(page.locator("#regionCode-help")).hasText("浙江省 宁波市 鄞州区");
        screenshot(page, "organisation-form.png");
        page.close();
    }

    @Test
    void provincialAdminSetsTheLivingStandardOfACity() throws Exception {
        Page page = signIn("admin");
        openMenu(page, "系统管理", "低保标准");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("设定标准")).click();

        page.getByLabel("行政区划代码").fill("330200");
        page.getByLabel("年度").fill("2032");
        page.getByLabel("低保标准（元/人·月）").fill("1,180");
        page.getByLabel("依据文件").fill("甬民发〔2031〕12号");
        screenshot(page, "living-standard-form.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.locator(".alert-success")).hasText("低保标准已保存。");
        assertThat(page.getByLabel("低保标准（元/人·月）")).hasValue("1180.00");

        openMenu(page, "系统管理", "低保标准");
        assertThat(page.locator("tbody")).containsText("浙江省 宁波市");
        assertThat(page.locator("tbody")).containsText("1,180.00");
        screenshot(page, "living-standards.png");
        page.close();
    }

    @Test
    void countyAdminCreatesAUserAndReadsTheChineseReasonWhenThePasswordIsWeak() throws Exception {
        Page page = signIn("xihu.admin");
        openMenu(page, "系统管理", "用户管理");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建用户")).click();

        String login = "browser" + System.nanoTime() % 1_000_000;
        page.getByLabel("用户名").fill(login);
        page.getByLabel("姓名").fill("陈晓红");
        page.getByLabel("所属工会").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("　杭州西湖龙井茶业有限公司工会"));
        page.getByLabel("录入员").check();
        page.getByLabel("初始密码").fill("short1");
        page.getByLabel("初始密码").press("Enter");

        assertThat(page.locator("#password-error")).hasText("密码至少 10 位，请加长后再试。（R-AUTH-08）");
        screenshot(page, "user-form-error.png");

        page.getByLabel("初始密码").fill("xiaohong2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.locator(".alert-success")).hasText("用户已创建。");

        openMenu(page, "系统管理", "用户管理");
        page.getByLabel("按用户名、姓名或单位查找").fill(login);
        page.getByLabel("按用户名、姓名或单位查找").press("Enter");
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody")).containsText("陈晓红");

        // Editing asks for no password and shows the login name once: the old form would not submit without an
        // "初始密码" it then ignored.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(login)).click();
        Locator editForm = page.locator("main form").first();
        assertThat(editForm.locator("input[type=password]")).hasCount(0);
        assertThat(editForm.locator("input[name=loginName]")).hasCount(0);
        assertThat(editForm.getByText(login, new Locator.GetByTextOptions().setExact(true))).hasCount(1);
        page.getByLabel("姓名").fill("陈晓虹");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(page.locator(".alert-success")).hasText("已保存。");
        page.close();
    }

    @Test
    void clerkOpensAFileWithTwoHouseholdMembersAndFindsItInTheList() throws Exception {
        String workerId = TestIds.next();
        Page page = signIn("clerk");
        page.locator("nav.navbar").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("困难职工档案")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("建档")).click();

        page.getByLabel("职工姓名").fill("郑国强");
        page.getByLabel("身份证号码").first().fill(workerId);
        page.getByLabel("本人患重病").check();
        page.getByLabel("子女就学").check();
        page.getByLabel("主要致困原因").selectOption("SERIOUS_ILLNESS_SELF");
        page.getByLabel("医疗", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#members0\\.name").fill("刘芳");
        page.locator("#members0\\.relation").selectOption("SPOUSE");
        page.locator("#members0\\.idNumber").fill(TestIds.next());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("增加一行")).click();
        page.locator("#members1\\.name").fill("郑小雨");
        page.locator("#members1\\.relation").selectOption("CHILD");
        page.locator("#members1\\.idNumber").fill(TestIds.next());
        // The suggestion follows the figures as they are typed (htmx, under the strict CSP).
        page.getByLabel("家庭年可支配收入（元）").fill("12000");
        page.getByLabel("家庭年可支配收入（元）").press("Tab");
        assertThat(page.locator("#suggestion")).containsText("深度困难");
        assertThat(page.locator("#suggestion")).containsText("333.33");
        screenshot(page, "file-form.png");
        // Enter saves the file (it must not press a row's "remove" button, which comes first on the page).
        page.locator("#members1\\.idNumber").press("Enter");

        assertThat(page.locator(".alert-success")).containsText("档案已建立");
        assertThat(page.locator("main")).containsText("县级以上医院诊断证明");
        screenshot(page, "file-detail.png");
        page.locator(".nav-tabs").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("家庭成员")).click();
        assertThat(page.locator("main")).containsText("刘芳");
        assertThat(page.locator("main")).containsText("郑小雨");

        // Corrects the spouse's name; the history tab shows the field, old → new.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("修改档案")).click();
        page.locator("#members0\\.name").fill("刘芬");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存修改")).click();
        assertThat(page.locator(".alert-success")).containsText("档案已修改");
        page.locator(".nav-tabs").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("变更记录")).click();
        assertThat(page.locator(".timeline li").first()).containsText("家庭成员 1 · 姓名");
        assertThat(page.locator(".timeline li").first()).containsText("刘芬");
        screenshot(page, "file-history.png");

        page.locator("nav.navbar").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("困难职工档案")).click();
        page.getByLabel("按身份证号码精确查找").fill(workerId);
        page.getByLabel("按身份证号码精确查找").press("Enter");
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody")).containsText("郑国强");
        assertThat(page.locator("tbody")).containsText(workerId.substring(0, 6) + "********" + workerId.substring(14));
        assertThat(page.locator("tbody")).containsText("3");
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("person=").doesNotContain(workerId);
        screenshot(page, "files.png");
        page.close();
    }

    @Test
    void clerkImportsASheetOnceTheReportedProblemIsCorrected() throws Exception {
        List<String> header = List.of("所在基层工会", "职工姓名", "身份证号码", "致困原因", "主要致困原因", "帮扶需求", "档案级别");
        String good = TestIds.next();
        String second = TestIds.next();
        String mistyped = second.substring(0, 17) + (second.charAt(17) == '1' ? '2' : '1');
        List<Object> first = List.of("杭州西湖龙井茶业有限公司工会", "浏览器导入甲", good, "残疾", "残疾", "生活", "基层");
        Page page = signIn("clerk");
        page.locator("nav.navbar").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("困难职工档案")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("批量导入")).click();

        page.getByLabel("选择 Excel 文件（.xlsx）").setInputFiles(new FilePayload("花名册.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TestSheets.sheet(header, List.of(first,
                        List.of("杭州西湖龙井茶业有限公司工会", "浏览器导入乙", mistyped, "残疾", "残疾", "生活", "基层")))));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并检查")).click();
        assertThat(page.locator("main")).containsText("1 行有问题");
        assertThat(page.locator("main table")).containsText("身份证号码校验位不正确");
        screenshot(page, "import-report.png");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("重新上传")).click();
        page.getByLabel("选择 Excel 文件（.xlsx）").setInputFiles(new FilePayload("花名册-改.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TestSheets.sheet(header, List.of(first,
                        List.of("杭州西湖龙井茶业有限公司工会", "浏览器导入乙", second, "残疾", "残疾", "生活", "基层")))));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并检查")).click();
        assertThat(page.locator("main")).containsText("全部 2 行检查无误");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认导入 2 份档案")).click();

        assertThat(page.locator(".alert-success")).containsText("已导入 2 份档案");
        page.getByPlaceholder("按职工姓名开头查找").fill("浏览器导入");
        page.getByPlaceholder("按职工姓名开头查找").press("Enter");
        assertThat(page.locator("tbody tr")).hasCount(2);
        screenshot(page, "import-done.png");
    }

    @Test
    void aClerksFileWithAMissingDocumentWaitsWithItsReasonUntilTheClerkAddsIt() throws Exception {
        // R-APPR-04, as people meet it: the clerk files without the hardship proof; the file goes through its
        // notice; the approver sees what blocks it and cannot tick it; the clerk adds the proof; it is approved.
        // The past is built by moving the application's clock (the server's too): the notice is posted on the
        // day it starts and closed after its last working day.
        LocalDate filed = LocalDate.now(clock).minusDays(30);
        HardshipFile file;
        try (MovableClock.Moved day = movable.moveTo(filed)) {
            file = registration.open(demo.actor("clerk"), ApprovedFiles.complete(new FileEntry(
                    demo.organisationId("ZJ-HZ-XH-LJ"), "流程测试", TestIds.next(), List.of())));
            for (AttachmentKind kind : List.of(AttachmentKind.APPLICATION, AttachmentKind.ID_COPY,
                    AttachmentKind.HOUSEHOLD_REGISTER)) {
                documents.upload(demo.actor("clerk"), file.getId(), kind, kind + ".pdf", PDF);
            }
        }
        String filePage = "http://localhost:" + port + "/files/" + file.getId();
        Page clerk = signIn("clerk");
        Page reviewer = signIn("reviewer");
        Page approver = signIn("approver");
        try (MovableClock.Moved day = movable.moveTo(filed)) {
            clerk.navigate(filePage);
            clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交审核")).click();
            assertThat(clerk.locator(".alert-success")).containsText("档案已提交审核");

            reviewer.navigate(filePage);
            reviewer.getByLabel("确定困难类别").selectOption("DEEP");
            reviewer.getByLabel("理由（与系统提示不同时必填）").fill("入户核实，人均收入低于低保标准");
            reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确定类别")).click();
            approver.navigate(filePage);
            approver.getByLabel("核对日期").fill(filed.toString());
            approver.getByLabel("核对结果").selectOption("CONSISTENT");
            approver.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录核对结果")).click();
            assertThat(approver.locator(".alert-success")).containsText("收入核对结果已记录");

            reviewer.locator("nav.navbar").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("公示"))
                    .click();
            reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("发布公示")).click();
            // The form offers today, the day it is posted, as the first day.
            assertThat(reviewer.getByLabel("公示起始日期")).hasValue(filed.toString());
            reviewer.getByLabel("张贴地点").fill("公司一楼公告栏");
            reviewer.getByLabel("异议受理联系人及电话").fill("工会办公室 李娜 0571-87000000");
            reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布公示")).click();
            assertThat(reviewer.locator("article")).containsText("流程测试");
            screenshot(reviewer, "notice.png");
        }
        String noticePage = reviewer.url();
        try (MovableClock.Moved day = movable.moveTo(filed.plusDays(14))) {
            reviewer.navigate(noticePage);
            reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("结束公示，转入审批")).click();
            assertThat(reviewer.locator("main")).containsText("无异议的档案已转入待审批");

            approver.locator("nav.navbar").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("审批"))
                    .click();
            Locator row = approver.locator("tr", new Page.LocatorOptions().setHasText("流程测试"));
            assertThat(row).containsText("缺少 1 项必需材料");
            assertThat(row).containsText("困难证明材料");
            assertThat(row.getByRole(AriaRole.CHECKBOX)).hasCount(0);
            screenshot(approver, "approvals.png");

            clerk.navigate(filePage + "?tab=documents");
            clerk.getByLabel("材料类别").selectOption("HARDSHIP_PROOF");
            clerk.getByLabel("文件", new Page.GetByLabelOptions().setExact(true))
                    .setInputFiles(new FilePayload("困难证明.pdf", "application/pdf", PDF));
            clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传")).click();
            assertThat(clerk.locator(".alert-success")).containsText("材料已上传");

            approver.reload();
            approver.getByLabel("流程测试").check();
            approver.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("批准所选")).click();
            assertThat(approver.locator(".alert-success")).containsText("已批准 1 份档案");
            approver.navigate(filePage);
            assertThat(approver.locator("h1 + .badge")).hasText("已建档");
        }

        // The pages that follow approval, as the clerk sees them.
        clerk.navigate(filePage + "?tab=plan");
        screenshot(clerk, "file-plan.png");
        clerk.navigate("http://localhost:" + port + "/visits");
        screenshot(clerk, "visits.png");
        clerk.navigate("http://localhost:" + port + "/files/due");
        screenshot(clerk, "files-due.png");
        Page admin = signIn("admin");
        admin.navigate("http://localhost:" + port + "/admin/calendar?year=2026");
        screenshot(admin, "calendar.png");
    }

    @Test
    void aBatchIsBuiltApprovedSentToTheBankAndReconciledWithPaidAndFailedLines() throws Exception {
        String campaign = (LocalDate.now(clock).getYear() + 1) + "年元旦春节送温暖活动";
        Page finance = signIn("finance");
        openMenu(finance, "资金", "发放");
        finance.getByLabel("活动名称").selectOption(new SelectOption().setLabel(campaign));
        finance.getByLabel("资金来源").selectOption("OWN_UNION_FUNDS");
        finance.getByLabel("用途").selectOption("CONDOLENCE");
        finance.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建批次")).click();
        finance.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("生成名单")).click();
        assertThat(finance.locator(".alert-success")).containsText("已列入");
        assertThat(finance.locator("table")).containsText("李建华");
        assertThat(finance.locator("table")).containsText("徐国强");
        String batchPage = finance.url();

        Page approver = signIn("approver");
        approver.navigate(batchPage);
        approver.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审批并锁定资金")).click();
        assertThat(approver.locator(".alert-success")).containsText("批次已审批");

        finance.navigate(batchPage);
        finance.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("生成银行文件")).click();
        Download download = finance.waitForDownload(() -> finance.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("下载银行文件")).click());
        List<String> bankLines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        StringBuilder answer = new StringBuilder();
        for (String line : bankLines) {
            String[] cells = line.split(",");
            if (cells.length >= 4 && cells[0].startsWith("UA")) {
                boolean failed = cells[2].equals("徐国强");
                answer.append(String.join(",", cells[0], cells[1], cells[2], cells[3], failed ? "失败" : "成功",
                        failed ? "卡已冻结" : "")).append("\r\n");
            }
        }
        finance.getByLabel("回盘文件（CSV）").setInputFiles(new FilePayload("回盘.csv", "text/csv",
                answer.toString().getBytes(StandardCharsets.UTF_8)));
        finance.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("导入回盘文件")).click();

        assertThat(finance.locator("#returns")).containsText("回盘已导入");
        assertThat(finance.locator("tr", new Page.LocatorOptions().setHasText("李建华"))).containsText("已到账");
        assertThat(finance.locator("tr", new Page.LocatorOptions().setHasText("徐国强"))).containsText("卡已冻结");
        assertThat(finance.locator("#reconciliation")).containsText("对账平衡");
        screenshot(finance, "batch-reconciled.png");
        finance.close();
        approver.close();
    }
}
