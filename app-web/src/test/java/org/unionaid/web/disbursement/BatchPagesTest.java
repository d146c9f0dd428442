package org.unionaid.web.disbursement;

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
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

@WebIntegrationTest
@Transactional
class BatchPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    FundIntake intake;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    Disbursement disbursement;

    @Autowired
    ApprovedFiles files;

    @Autowired
    Clock clock;

    @Autowired
    PersonalDataProtector protector;

    @Autowired
    JdbcClient jdbc;

    /** A campaign of the district paying 2,000 元 condolence to 困难 households from the union's own funds. */
    private Campaign condolenceCampaign(String name) {
        LocalDate today = LocalDate.now(clock);
        Campaign campaign = campaigns.create(demo.actor("approver"), new CampaignDraft(name + UUID.randomUUID(),
                today.getYear(), today.minusDays(1), today.plusDays(30), today.plusDays(40), null,
                Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "2000")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS))));
        // R-FUND-01: the batch spends its campaign's own money, so the campaign receives some first.
        intake.record(demo.actor("finance"), new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, "100000", today, "PP-" + campaign.id(), null, null, null));
        return campaign;
    }

    @Test
    void financeBuildsABatchThatAnotherPersonApprovesAndASiblingDistrictCannotSee() throws Exception {
        Campaign campaign = condolenceCampaign("批次页");
        HardshipFile worker = files.approvedWithCard("批次页甲", FileLevel.COUNTY);
        String fullId = worker.getWorkerId().reveal(protector);

        String location = mvc.perform(post("/batches").with(demo.as("finance")).with(csrf())
                        .param("campaign", String.valueOf(campaign.id())).param("source", "OWN_UNION_FUNDS")
                        .param("purpose", "CONDOLENCE").param("method", "BANK_TRANSFER"))
                .andExpect(flash().attribute("success", "batch.created")).andReturn().getResponse().getRedirectedUrl();
        long batch = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/batches/{id}/fill", batch).with(demo.as("finance")).with(csrf()).param("category", "DEEP"))
                .andExpect(flash().attribute("success", "batch.filled"));
        mvc.perform(get("/batches/{id}", batch).with(demo.as("approver")))
                .andExpect(content().string(containsString("批次页甲")))
                .andExpect(content().string(containsString("2000.00")));
        mvc.perform(get("/batches/{id}", batch).with(demo.as("yuhang.admin"))).andExpect(status().isForbidden());
        byte[] roster = mvc.perform(get("/batches/{id}/roster.pdf", batch).with(demo.as("finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(roster)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("批次页甲", worker.getWorkerId().masked(), "2000.00", "领取人签名")
                    .doesNotContain(fullId);
            // Each line's status on the roster: nobody signs for money the bank returned.
            assertThat(text).contains("待发送");
        }
        byte[] workbook = mvc.perform(get("/batches/{id}/roster.xlsx", batch).with(demo.as("finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            boolean found = false;
            for (Row row : sheet) {
                Cell name = row.getCell(1);
                if (name != null && "批次页甲".equals(name.getStringCellValue())) {
                    found = true;
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo(worker.getWorkerId().masked());
                    assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(2000.0);
                }
            }
            assertThat(found).isTrue();
        }
        mvc.perform(get("/batches/{id}/roster.pdf", batch).with(demo.as("yuhang.admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/batches/{id}/approve", batch).with(demo.as("finance")).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/batches/{id}/approve", batch).with(demo.as("approver")).with(csrf()))
                .andExpect(flash().attribute("success", "batch.approved"));

        assertThat(disbursement.view(demo.actor("finance"), batch).status()).isEqualTo(Batch.Status.APPROVED);
    }

    @Test
    void aBatchPagesItsLinesFiltersThemAndCountsTheLinesThatWouldBeRefusedOnEveryPage() throws Exception {
        Campaign campaign = condolenceCampaign("批次分页");
        for (int i = 1; i <= 3; i++) {
            files.approvedWithCard("页测0" + i, FileLevel.COUNTY);
        }
        Batch batch = disbursement.create(demo.actor("finance"), campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, PaymentMethod.BANK_TRANSFER, null);
        disbursement.fill(demo.actor("finance"), batch.id(), HardshipCategory.DEEP, null);

        mvc.perform(get("/batches/{id}", batch.id()).param("name", "页测").param("size", "2").with(demo.as("finance")))
                .andExpect(content().string(containsString("页测01"))).andExpect(content().string(containsString("页测02")))
                .andExpect(content().string(not(containsString("页测03"))))
                .andExpect(content().string(containsString("name=%E9%A1%B5%E6%B5%8B")));
        mvc.perform(get("/batches/{id}", batch.id()).param("name", "页测").param("size", "2").param("page", "1")
                        .with(demo.as("finance")))
                .andExpect(content().string(containsString("页测03")))
                .andExpect(content().string(not(containsString("页测01"))));
        mvc.perform(get("/batches/{id}", batch.id()).param("name", "页测").param("status", "PAID")
                        .with(demo.as("finance")))
                .andExpect(content().string(not(containsString("页测01"))))
                .andExpect(content().string(containsString("名单为空")));

        // A card handed to someone else after the fill: counted above the list whatever page is shown.
        jdbc.sql("update hardship_file set bank_holder = '他人' where worker_name = '页测03'").update();
        mvc.perform(get("/batches/{id}", batch.id()).param("name", "页测").param("size", "1")
                        .with(demo.as("finance")))
                .andExpect(content().string(containsString("有 1 条明细将被拒绝")))
                .andExpect(content().string(containsString("页测01")));
        mvc.perform(get("/batches/{id}", batch.id()).param("problemsOnly", "true").with(demo.as("finance")))
                .andExpect(content().string(containsString("页测03")))
                .andExpect(content().string(not(containsString("页测01"))))
                .andExpect(content().string(not(containsString("页测02"))));
    }
}
