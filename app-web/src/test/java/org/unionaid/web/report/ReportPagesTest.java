package org.unionaid.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.reporting.statistics.StatisticsReports;
import org.unionaid.reporting.table.TableDefinitions;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/** The statistics pages over HTTP: the tea company reports to 西湖区, which decides; files as submitted. */
@WebIntegrationTest
@Transactional
class ReportPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    Organisations organisations;

    @Autowired
    DemoUsers demo;

    @Autowired
    Clock clock;

    @Autowired
    FundIntake intake;

    @Autowired
    EntityManager em;

    @Autowired
    StatisticsReports reports;

    @Autowired
    JdbcClient jdbc;

    private Campaign campaign;
    private long teaCompany;
    private String table;

    @BeforeEach
    void aProvinceCampaign() {
        long province = demo.organisationId("ZJ");
        Actor admin = new Actor(demo.userId("admin"), "admin", province,
                organisations.findById(province).orElseThrow().path(), Set.of(Role.ADMIN), "127.0.0.1");
        LocalDate today = LocalDate.now(clock);
        campaign = campaigns.create(admin, new CampaignDraft("页面" + UUID.randomUUID(), today.getYear(),
                today.minusDays(3), today.plusDays(30), today.plusDays(40), null,
                Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "500")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS))));
        teaCompany = demo.organisationId("ZJ-HZ-XH-LJ");
        table = "/reports/" + campaign.id() + "/" + TableDefinitions.WARMTH + "/" + teaCompany;
    }

    @Test
    void theTeaCompanyEntersAFigureAndSubmitsAndTheDistrictReturnsItWithAComment() throws Exception {
        mvc.perform(get("/reports").param("campaign", String.valueOf(campaign.id())).with(demo.as("clerk")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("送温暖活动情况统计表")))
                .andExpect(content().string(containsString("帮扶中心工作统计表")));
        mvc.perform(post("/reports/{c}/{d}/manual", campaign.id(), TableDefinitions.WARMTH).with(demo.as("clerk"))
                        .with(csrf()).param("cell", "others.models.people").param("value", "两人").param("note", "名单"))
                .andExpect(flash().attribute("error", "report.manual.invalid"));
        mvc.perform(post("/reports/{c}/{d}/manual", campaign.id(), TableDefinitions.WARMTH).with(demo.as("clerk"))
                        .with(csrf()).param("cell", "others.models.people").param("value", "2").param("note", "劳模办名单"))
                .andExpect(flash().attribute("success", "report.manual.saved"));
        mvc.perform(get(table).with(demo.as("clerk"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("劳模办名单")))
                .andExpect(content().string(containsString("/submit")));
        mvc.perform(get(table).with(demo.as("lj.finance"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/submit"))))
                .andExpect(content().string(not(containsString("/manual"))));
        mvc.perform(post("/reports/{c}/{d}/submit", campaign.id(), TableDefinitions.WARMTH).with(demo.as("clerk"))
                .with(csrf())).andExpect(flash().attribute("success", "report.submitted"));

        mvc.perform(get(table).with(demo.as("approver"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("退回意见")));
        mvc.perform(get("/").with(demo.as("approver"))).andExpect(content().string(containsString("下级统计表待接收")));
        long waiting = jdbc.sql("""
                select count(*) from report_table t join organisation o on o.id = t.organisation_id
                 where o.parent_id = :district and t.status = 'SUBMITTED'
                """).param("district", demo.organisationId("ZJ-HZ-XH")).query(Long.class).single();
        assertThat(reports.awaitingDecision(demo.actor("approver"))).isEqualTo(waiting).isPositive();
        mvc.perform(get(table).with(demo.as("yuhang.admin"))).andExpect(status().isForbidden());
        mvc.perform(post(table + "/accept").with(demo.as("yuhang.admin")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(table + "/return").with(demo.as("approver")).with(csrf()).param("comment", ""))
                .andExpect(flash().attribute("error", "report.return.commentRequired"));
        mvc.perform(post(table + "/return").with(demo.as("approver")).with(csrf()).param("comment", "劳模人数请核对"))
                .andExpect(flash().attribute("success", "report.returned"));
        assertThat(reports.awaitingDecision(demo.actor("approver"))).isEqualTo(waiting - 1);
        mvc.perform(get(table).with(demo.as("clerk"))).andExpect(content().string(containsString("劳模人数请核对")))
                .andExpect(content().string(containsString("已退回")));
    }

    @Test
    void theDistrictChecksItsTableAgainstTheRecordsOfItsUnionsAndASiblingCannot() throws Exception {
        intake.record(demo.actor("lj.finance"), new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, "800", LocalDate.now(clock), "HD-" + campaign.id(), null, null, null));
        em.flush();
        String district = "/reports/" + campaign.id() + "/" + TableDefinitions.WARMTH + "/"
                + demo.organisationId("ZJ-HZ-XH");

        mvc.perform(get(district).with(demo.as("approver"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(district + "/records")));
        mvc.perform(get(district + "/records").with(demo.as("approver"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("按记录核对")))
                .andExpect(content().string(containsString("与记录汇总不一致")))
                // the tea company has not reported its 800: reported 0.00, from records 800.00, difference −800
                .andExpect(content().string(containsString("data-cell=\"raised.total.amount\"")))
                .andExpect(content().string(containsString("800.00")))
                .andExpect(content().string(containsString("-800.00")));
        mvc.perform(get(district + "/records").with(demo.as("yuhang.admin"))).andExpect(status().isForbidden());
    }

    @Test
    void theTableDownloadsAsExcelAndAsAPdfWhoseTextCanBeSearched() throws Exception {
        mvc.perform(post("/reports/{c}/{d}/manual", campaign.id(), TableDefinitions.WARMTH).with(demo.as("clerk"))
                .with(csrf()).param("cell", "others.models.people").param("value", "7").param("note", "劳模办名单"));
        mvc.perform(post("/reports/{c}/{d}/submit", campaign.id(), TableDefinitions.WARMTH).with(demo.as("clerk"))
                .with(csrf()));

        byte[] excel = mvc.perform(get(table + "/table.xlsx").param("version", "1").with(demo.as("approver")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("送温暖活动情况统计表");
        }
        byte[] pdf = mvc.perform(get(table + "/table.pdf").with(demo.as("clerk"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("送温暖活动情况统计表", "杭州西湖龙井茶业有限公司工会", "慰问劳动模范", "单位负责人",
                    "填表人", "第1版");
        }
    }

    @Test
    void theSummaryDrawsChartsFromTheFiguresAndListsTheChildrenForDrillDown() throws Exception {
        intake.record(demo.actor("finance"), new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, "5000", LocalDate.now(clock), "HZ-" + campaign.id(), null, null, null));
        em.flush();
        mvc.perform(get("/reports/{c}/summary", campaign.id()).with(demo.as("approver"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-chart=")))
                .andExpect(content().string(containsString("杭州西湖龙井茶业有限公司工会")))
                .andExpect(content().string(containsString(table)))
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get("/reports/{c}/summary", campaign.id()).with(demo.as("clerk"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("没有直属下级工会")))
                .andExpect(content().string(containsString("暂无数据")));
    }
}
