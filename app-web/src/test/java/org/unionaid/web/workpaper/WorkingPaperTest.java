package org.unionaid.web.workpaper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.anomaly.AnomalyDetection;
import org.unionaid.domain.workpaper.Sample;
import org.unionaid.domain.workpaper.SampleItem;
import org.unionaid.domain.workpaper.SampleKind;
import org.unionaid.domain.workpaper.Sampling;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * The city auditor's working papers and spot-check samples. Specifies R-AUDIT-09 (a sample is reproducible from
 * its recorded seed) and R-AUDIT-10 (working papers as Excel and PDF name the auditor, the time and the scope, and
 * are in the audit log).
 */
@WebIntegrationTest
@Transactional
class WorkingPaperTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers demo;
    @Autowired
    AnomalyDetection runs;
    @Autowired
    Sampling sampling;
    @Autowired
    ApprovedFiles files;
    @Autowired
    JdbcClient jdbc;

    @Test // R-AUDIT-10
    void workingPapersAsExcelAndPdfNameTheAuditorTheTimeAndTheScope() throws Exception {
        long run = runs.start(demo.actor("auditor")).id();
        runs.execute(run);

        byte[] excel = mvc.perform(get("/audit/papers.xlsx").param("run", String.valueOf(run)).with(demo.as("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
        }
        assertThat(cells).contains("孙丽华（auditor）", "杭州市总工会", "二、异常规则运行结果", "五、台账哈希链验证与链头",
                "R-ANOM-01", "一张银行卡用于多户");
        assertThat(demo.lastAuditDetail("auditor", "WORKING_PAPER_EXPORT")).startsWith("xlsx: ");

        byte[] pdf = mvc.perform(get("/audit/papers.pdf").with(demo.as("auditor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("杭州市总工会 审计工作底稿", "孙丽华", "四、审计发现与整改", "西湖区总工会");
        }
        assertThat(demo.lastAuditDetail("auditor", "WORKING_PAPER_EXPORT")).startsWith("pdf: ");
        mvc.perform(get("/audit/papers.pdf").with(demo.as("finance"))).andExpect(status().isForbidden());
    }

    @Test // R-AUDIT-09
    void aSampleIsTheFirstShareOfTheFilesOrderedByTheSeedAndTheSameSeedDrawsItAgain() throws Exception {
        for (String name : List.of("抽查甲", "抽查乙", "抽查丙", "抽查丁", "抽查戊")) {
            files.approved(name);
        }
        mvc.perform(post("/audit/samples").param("kind", "FILES").param("seed", "4242").param("percent", "50")
                .with(demo.as("auditor")).with(csrf())).andExpect(flash().attribute("success", "sample.drawn"));
        Sample first = sampling.list(demo.actor("auditor")).get(0);
        Sample again = sampling.draw(demo.actor("auditor"), SampleKind.FILES, null, 4242L, new BigDecimal("50"));
        Sample other = sampling.draw(demo.actor("auditor"), SampleKind.FILES, null, 4243L, new BigDecimal("50"));

        List<Long> population = jdbc.sql("""
                select f.id from hardship_file f join organisation o on o.id = f.organisation_id
                 where f.status = 'APPROVED' and o.path >= :lower and o.path < :upper
                """).param("lower", demo.actor("auditor").organisationPath().lowerBound())
                .param("upper", demo.actor("auditor").organisationPath().upperBound()).query(Long.class).list();
        int size = new BigDecimal(population.size()).multiply(new BigDecimal("0.5")).setScale(0, RoundingMode.CEILING)
                .intValueExact();
        List<Long> expected = population.stream()
                .sorted(Comparator.comparing((Long id) -> md5("4242:" + id)).thenComparing(id -> id)).limit(size)
                .toList();

        assertThat(first.seed()).isEqualTo(4242);
        assertThat(first.population()).isEqualTo(population.size());
        assertThat(ids(first)).containsExactlyElementsOf(expected);
        assertThat(ids(again)).containsExactlyElementsOf(expected);
        assertThat(ids(other)).hasSize(size);
        assertThat(demo.lastAuditDetail("auditor", "AUDIT_SAMPLE_DRAW")).startsWith("FILES seed 4243, 50% of ");
        mvc.perform(get("/audit/samples/{id}", first.id()).with(demo.as("auditor"))).andExpect(status().isOk());
        mvc.perform(post("/audit/samples").param("kind", "PAID_LINES").with(demo.as("auditor")).with(csrf()))
                .andExpect(flash().attribute("error", "sample.campaign.required"));
    }

    private List<Long> ids(Sample sample) {
        return sampling.items(demo.actor("auditor"), sample.id()).stream().map(SampleItem::record).map(r -> r.id())
                .toList();
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, digest));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
