package org.unionaid.web.bankfile;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.bankfile.BankFile;
import org.unionaid.domain.bankfile.BankFileGeneration;
import org.unionaid.domain.bankfile.BankFileInspection;
import org.unionaid.domain.bankfile.TemplateAdministration;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.BatchLine;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/** The batch page: generate, download, import a return with its report, reconcile; refused outside the subtree. */
@WebIntegrationTest
@Transactional
class BankFilePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    BankFileGeneration generation;

    @Autowired
    BankFileInspection inspection;

    @Autowired
    TemplateAdministration templates;

    @Autowired
    Disbursement disbursement;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    FundIntake intake;

    @Autowired
    ApprovedFiles files;

    @Autowired
    DemoUsers demo;

    @Autowired
    Clock clock;

    @Test
    void aFinanceOfficerGeneratesDownloadsAndReconcilesOnTheBatchPage() throws Exception {
        Campaign campaign = BankFileTest.fundedCampaign(campaigns, intake, demo, clock);
        HardshipFile payee = files.approvedWithCard("页面甲", FileLevel.COUNTY);
        Batch batch = BankFileTest.approvedBatch(disbursement, demo, campaign, payee);
        BatchLine line = disbursement.lines(demo.actor("finance"), batch.id()).get(0);
        long csv = BankFileTest.template(templates, demo, BankFileTest.CSV);

        mvc.perform(get("/batches/{id}", batch.id()).with(demo.as("finance"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(line.reference())))
                .andExpect(content().string(containsString("尚未生成银行文件")));
        mvc.perform(post("/batches/{id}/bank-file", batch.id()).param("template", String.valueOf(csv))
                        .with(csrf()).with(demo.as("finance")))
                .andExpect(redirectedUrl("/batches/" + batch.id()))
                .andExpect(flash().attribute("success", "bankfile.ready"));
        BankFile file = inspection.files(demo.actor("finance"), batch.id()).get(0);
        byte[] downloaded = mvc.perform(get("/bank-files/{id}", file.id()).with(demo.as("finance")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("UA" + batch.id() + "-v1.csv")))
                .andExpect(header().string("X-Content-SHA256", file.sha256()))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(downloaded, StandardCharsets.UTF_8)).contains(line.reference() + ",");

        byte[] bad = BankFileTest.returnFile(StandardCharsets.UTF_8,
                BankFileTest.row(line, payee, "1500.00", "成功", ""),
                "UA999999L999999,6222****0000,查无此人,2000.00,成功,");
        MvcResult refused = mvc.perform(multipart("/batches/{id}/returns", batch.id())
                        .file(new MockMultipartFile("returnFile", "回盘.csv", "text/csv", bad))
                        .with(csrf()).with(demo.as("finance")))
                .andExpect(redirectedUrl("/batches/" + batch.id() + "#returns")).andReturn();
        mvc.perform(get("/batches/{id}", batch.id()).with(demo.as("finance"))
                        .cookie(refused.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("回盘文件有 1 处问题，整个文件未导入")))
                .andExpect(content().string(containsString("业务参考号 UA999999L999999 不存在")));
        byte[] good = BankFileTest.returnFile(StandardCharsets.UTF_8,
                BankFileTest.row(line, payee, "1500.00", "失败", "卡已销户"));
        MvcResult applied = mvc.perform(multipart("/batches/{id}/returns", batch.id())
                        .file(new MockMultipartFile("returnFile", "回盘.csv", "text/csv", good))
                        .with(csrf()).with(demo.as("finance")))
                .andExpect(redirectedUrl("/batches/" + batch.id() + "#returns")).andReturn();
        mvc.perform(get("/batches/{id}", batch.id()).with(demo.as("finance"))
                        .cookie(applied.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("回盘已导入：支付成功 0 笔 0.00 元，失败退回 1 笔 1500.00 元")))
                .andExpect(content().string(containsString("卡已销户")))
                .andExpect(content().string(containsString("对账平衡")))
                // the returns list each file by number; the failed line links to the one that settled it
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*id=\"return-(\\d+)\".*href=\"#return-\\1\">回盘 #\\1<.*")));
        mvc.perform(get("/bank-files").with(demo.as("finance"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/batches/" + batch.id())));
    }

    @Test
    void anotherSubtreeSeesNeitherTheBatchNorItsFile() throws Exception {
        Campaign campaign = BankFileTest.fundedCampaign(campaigns, intake, demo, clock);
        Batch batch = BankFileTest.approvedBatch(disbursement, demo, campaign,
                files.approvedWithCard("页面乙", FileLevel.COUNTY));
        BankFile file = generation.generate(demo.actor("finance"), batch.id(),
                BankFileTest.template(templates, demo, BankFileTest.CSV), false, null);

        mvc.perform(get("/batches/{id}", batch.id()).with(demo.as("yuhang.admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/bank-files/{id}", file.id()).with(demo.as("yuhang.admin")))
                .andExpect(status().isForbidden());
        // The auditor above reads the page, without the download.
        mvc.perform(get("/batches/{id}", batch.id()).with(demo.as("auditor"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/bank-files/" + file.id() + "\""))));
        mvc.perform(get("/bank-templates").with(demo.as("xihu.admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("工商银行代发定长（GBK）")))
                .andExpect(content().string(containsString("分（整数）")));
    }
}
