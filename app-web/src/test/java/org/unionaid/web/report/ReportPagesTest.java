package org.unionaid.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.reporting.statistics.ReportingPeriod;
import org.unionaid.reporting.table.TableDefinitions;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.ReportingFixture;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * The statistics pages over HTTP, at every level: the tea company writes its summary and reports to 西湖区, whose
 * inbox holds it; the district decides; the summary drills down and back; files download as submitted. Specifies
 * R-STAT-01 (the period form refuses a union below the top, next to the field), R-STAT-03 (PDF or Word only, and no
 * submission without a summary), R-STAT-04 (the board offers 催报 only where a child has not submitted) and R-STAT-09
 * (a union above the parent reads the table and is told the parent decides, never refused access).
 */
@WebIntegrationTest
@Transactional
class ReportPagesTest {

    private static final String WARMTH = TableDefinitions.WARMTH;

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportingFixture fixture;

    @Autowired
    DemoUsers demo;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private ReportingPeriod period;
    private long teaCompany;
    private String table;

    @BeforeEach
    void aPeriodOfTheProvince() {
        LocalDate today = LocalDate.now(clock);
        period = fixture.period(today.getYear() + 1, today.minusDays(13), today.minusDays(12), today.plusDays(30), 2);
        teaCompany = demo.organisationId("ZJ-HZ-XH-LJ");
        table = "/reports/" + period.id() + "/" + WARMTH + "/" + teaCompany;
    }

    private void writeAndSubmit(String summary) throws Exception {
        mvc.perform(post("/reports/{p}/{f}/written-summary", period.id(), WARMTH).with(demo.as("clerk")).with(csrf())
                .param("summary", summary)).andExpect(flash().attribute("success", "report.summary.saved"));
        mvc.perform(post("/reports/{p}/{f}/submit", period.id(), WARMTH).with(demo.as("clerk")).with(csrf()))
                .andExpect(flash().attribute("success", "report.submitted"));
    }

    // R-STAT-03, R-STAT-04
    @Test
    void theTeaCompanySendsItsTableWithItsSummaryAndTheDistrictFindsItInItsInbox() throws Exception {
        mvc.perform(get("/reports").param("period", String.valueOf(period.id())).with(demo.as("clerk")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("送温暖活动情况统计表")))
                .andExpect(content().string(containsString("帮扶中心工作统计表")));
        mvc.perform(post("/reports/{p}/{f}/submit", period.id(), WARMTH).with(demo.as("clerk")).with(csrf()))
                .andExpect(flash().attribute("error", "report.summary.required"));
        mvc.perform(post("/reports/{p}/{f}/manual", period.id(), WARMTH).with(demo.as("clerk")).with(csrf())
                        .param("cell", "services.legal.people").param("value", "5").param("note", "法律援助中心台账"))
                .andExpect(flash().attribute("success", "report.manual.saved"));
        mvc.perform(get(table).with(demo.as("clerk"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"written-summary\"")))
                .andExpect(content().string(containsString("/written-summary/document")))
                .andExpect(content().string(containsString("法律援助中心台账")));
        writeAndSubmit("茶业公司走访困难职工三户，为五名职工提供法律援助。");

        mvc.perform(get("/").with(demo.as("approver"))).andExpect(content().string(containsString("/reports/inbox")));
        mvc.perform(get("/reports/inbox").with(demo.as("approver"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(period.name())))
                .andExpect(content().string(containsString(table)))
                // submitted: open it to decide; the campus union has not: 催报 is offered there only
                .andExpect(content().string(containsString("/reports/" + period.id() + "/" + WARMTH + "/"
                        + demo.organisationId("ZJ-HZ-XH-HQ") + "/remind")))
                .andExpect(content().string(not(containsString(table + "/remind"))));
        mvc.perform(get(table).with(demo.as("approver"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("为五名职工提供法律援助")))
                .andExpect(content().string(containsString("退回意见")));
        mvc.perform(post(table + "/remind").with(demo.as("approver")).with(csrf()).param("back", "inbox"))
                .andExpect(flash().attribute("error", "report.remind.submitted"));
        mvc.perform(post(table + "/return").with(demo.as("approver")).with(csrf()).param("comment", "请补充劳模慰问"))
                .andExpect(flash().attribute("success", "report.returned"));
        mvc.perform(get(table).with(demo.as("clerk"))).andExpect(content().string(containsString("请补充劳模慰问")));
        // a sibling district neither sees it nor decides it
        mvc.perform(get(table).with(demo.as("yuhang.admin"))).andExpect(status().isForbidden());
    }

    // R-STAT-09
    @Test
    void theCityReadsTheTeaCompanysTableAndIsToldTheDistrictDecides() throws Exception {
        writeAndSubmit("茶业公司送温暖总结。");
        mvc.perform(get(table).with(demo.as("hz.admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("茶业公司送温暖总结")))
                .andExpect(content().string(not(containsString("退回意见"))));
        mvc.perform(post(table + "/accept").with(demo.as("hz.admin")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", "report.notParent"));
        mvc.perform(post(table + "/remind").with(demo.as("hz.admin")).with(csrf()))
                .andExpect(flash().attribute("error", "report.notParent"));
    }

    // R-STAT-03
    @Test
    void theSummaryIsUploadedAsPdfOrWordAndNothingElse() throws Exception {
        String upload = "/reports/" + period.id() + "/" + WARMTH + "/written-summary/document";
        mvc.perform(multipart(upload).file(new MockMultipartFile("document", "photo.jpg", "image/jpeg",
                        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00})).with(demo.as("clerk")).with(csrf()))
                .andExpect(flash().attribute("error", "report.summary.type"));
        mvc.perform(multipart(upload).file(new MockMultipartFile("document", "总结.docx", "application/octet-stream",
                        docx())).with(demo.as("clerk")).with(csrf()))
                .andExpect(flash().attribute("success", "report.summary.uploaded"));
        mvc.perform(post("/reports/{p}/{f}/submit", period.id(), WARMTH).with(demo.as("clerk")).with(csrf()))
                .andExpect(flash().attribute("success", "report.submitted"));

        String page = mvc.perform(get(table).with(demo.as("approver"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("总结.docx"))).andReturn().getResponse().getContentAsString();
        String link = page.replaceAll("(?s).*href=\"(/reports/summary-documents/\\d+)\".*", "$1");
        mvc.perform(get(link).with(demo.as("approver"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("wordprocessingml")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
        assertThat(demo.auditCount("approver", "REPORT_SUMMARY_OPEN", "SUCCESS")).isPositive();
        mvc.perform(get(link).with(demo.as("yuhang.admin"))).andExpect(status().isForbidden());
    }

    @Test
    void theSummaryDrillsDownFromTheProvinceAndLeadsBackUp() throws Exception {
        String summary = "/reports/" + period.id() + "/summary";
        mvc.perform(get(summary).with(demo.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("杭州市总工会")))
                .andExpect(content().string(containsString(summary + "?union=" + demo.organisationId("ZJ-HZ"))))
                .andExpect(content().string(containsString("id=\"coverage-chart\"")))
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get(summary).param("union", String.valueOf(demo.organisationId("ZJ-HZ-XH"))).with(demo.as("admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("杭州西湖龙井茶业有限公司工会")))
                // the trail back: the province, then the city
                .andExpect(content().string(containsString(summary + "?union=" + demo.organisationId("ZJ"))))
                .andExpect(content().string(containsString(summary + "?union=" + demo.organisationId("ZJ-HZ"))));
        mvc.perform(get(summary).param("union", String.valueOf(demo.organisationId("ZJ-NB"))).with(demo.as("approver")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/{p}/{f}/{u}/records", period.id(), WARMTH, demo.organisationId("ZJ"))
                        .with(demo.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"helped-twice\"")));
    }

    @Test
    void theDemosPeriodIsSetAgainstLastYearsOnTheProvincesSummary() throws Exception {
        int year = LocalDate.now(clock).getYear();
        long thisYears = jdbc.sql("select id from reporting_period where name = :name")
                .param("name", (year + 1) + "年元旦春节送温暖").query(Long.class).single();
        // last year's period, reported up to the province: 120,000 + 60,000 raised by the district, 15,000 by the tea
        // company, in the chart beside this year's
        mvc.perform(get("/reports/{p}/summary", thisYears).with(demo.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(year + "年元旦春节送温暖")))
                .andExpect(content().string(containsString("195000.00")))
                .andExpect(content().string(not(containsString("没有上一年度的报表期可供对比"))));
    }

    @Test
    void theTableDownloadsAsExcelAndAsOneLandscapePageWithItsSignatureBlock() throws Exception {
        mvc.perform(post("/reports/{p}/{f}/manual", period.id(), WARMTH).with(demo.as("clerk")).with(csrf())
                .param("cell", "named.leaders.people").param("value", "3").param("note", "领导走访台账"));
        writeAndSubmit("总结");

        byte[] excel = mvc.perform(get(table + "/table.xlsx").param("version", "1").with(demo.as("approver")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("送温暖活动情况统计表");
        }
        byte[] pdf = mvc.perform(get(table + "/table.pdf").with(demo.as("clerk"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        // kept beside the browser tests' screenshots, to look at
        java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"))
                .resolve("report-table.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox()
                    .getHeight());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("送温暖活动情况统计表", "杭州西湖龙井茶业有限公司工会", "劳动模范", "困难企业",
                    "平安返乡", "单位负责人", "填表人", "填报日期", "第1版");
        }
    }

    // R-STAT-01
    @Test
    void theTopUnionDefinesAPeriodOnItsFormAndAUnionBelowIsToldItCannot() throws Exception {
        mvc.perform(get("/reports/periods/new").with(demo.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("deadline_BASE")))
                .andExpect(content().string(containsString("deadline_CITY")));
        mvc.perform(post("/reports/periods").with(demo.as("hz.admin")).with(csrf()).param("name", "市里的报表期")
                        .param("year", "2027").param("startsOn", "2026-12-01").param("endsOn", "2027-02-28")
                        .param("finalDeadline", "2027-03-10").param("forms", WARMTH)
                        .param("deadline_BASE", "2027-03-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("（R-STAT-01）")));
        mvc.perform(post("/reports/periods").with(demo.as("admin")).with(csrf()).param("name", "缺截止日的报表期")
                        .param("year", "2027").param("startsOn", "2026-12-01").param("endsOn", "2027-02-28")
                        .param("finalDeadline", "2027-03-10").param("forms", WARMTH)
                        .param("deadline_BASE", "2027-03-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("请为每一级工会填写上报截止日")));
    }

    /** The smallest Word document: a zip package holding word/document.xml. */
    private static byte[] docx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
