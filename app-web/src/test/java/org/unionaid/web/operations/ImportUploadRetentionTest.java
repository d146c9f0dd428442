package org.unionaid.web.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.web.servlet.MockMvc;
import org.unionaid.domain.hardship.ImportUploadErasure;
import org.unionaid.domain.hardship.UploadRetention;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.web.shared.MovableClock;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.TestSheets;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * An import spreadsheet is personal data kept only while it serves: sealed at rest, erased when committed,
 * given up or refused, and by the sweep before it is seven days old; each erasure in the audit log. Uploads
 * commit for real, as a request does. Specifies R-PRIV-02 (docs/rules.md).
 */
@WebIntegrationTest
class ImportUploadRetentionTest {

    private static final String UNION = "杭州西湖龙井茶业有限公司工会";
    private static final List<String> HEADER = List.of("职工姓名", "身份证号码", "所在基层工会", "致困原因", "主要致困原因",
            "帮扶需求", "档案级别", "申请日期", "家庭年可支配收入");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataProtector protector;

    @Autowired
    ImportUploadErasure erasure;

    @Autowired
    MovableClock clock;

    private byte[] sheetOf(String name, String id) throws Exception {
        List<Object> row = new ArrayList<>(List.of(name, id, UNION, "本人患重病", "本人患重病", "医疗", "基层", "2026-03-05",
                "12000"));
        return TestSheets.sheet(HEADER, List.of(row));
    }

    /** Uploads as the clerk; returns the upload's id from the redirect to its page. */
    private long upload(byte[] content) throws Exception {
        String page = mvc.perform(multipart("/files/import").file(new MockMultipartFile("sheet", "花名册.xlsx",
                "application/octet-stream", content)).with(demo.as("clerk")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(page).startsWith("/files/import/");
        return Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select content, erased_at, erased_because from file_import_upload where id = :id")
                .param("id", id).query().singleRow();
    }

    private long erasures(long id, String login) {
        return jdbc.sql("""
                select count(*) from audit_event
                 where action = 'IMPORT_UPLOAD_ERASE' and target_id = :id and actor_login = :login
                """).param("id", String.valueOf(id)).param("login", login).query(Long.class).single();
    }

    // R-PRIV-02
    @Test
    void anUploadIsSealedAtRestAndTheTableRefusesOneInClear() throws Exception {
        byte[] sheet = sheetOf("封存甲", TestIds.next());
        long id = upload(sheet);

        byte[] stored = (byte[]) row(id).get("content");
        assertThat(stored[0]).isEqualTo((byte) 1);
        assertThat(new String(stored, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isNotEqualTo("PK");
        assertThat(protector.openBytes(PersonalDataProtector.Purpose.IMPORT_UPLOAD, stored)).isEqualTo(sheet);
        assertThatThrownBy(() -> jdbc.sql("update file_import_upload set content = :clear where id = :id")
                .param("clear", sheet).param("id", id).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    // R-PRIV-02
    @Test
    void aCommittedUploadIsErasedWithItsCommitAndTheErasureAudited() throws Exception {
        long id = upload(sheetOf("导入后删除", TestIds.next()));
        assertThat(row(id).get("content")).isNotNull();

        mvc.perform(post("/files/import/{id}/commit", id).with(demo.as("clerk")).with(csrf()))
                .andExpect(redirectedUrl("/files"));

        assertThat(row(id)).containsEntry("content", null).containsEntry("erased_because", "COMMITTED");
        assertThat(erasures(id, "clerk")).isOne();
        assertThat(mvc.perform(get("/files/import/{id}", id).with(demo.as("clerk"))).andReturn().getResponse()
                .getContentAsString()).contains("已导入 1 份档案").contains("已按个人信息保护的要求删除");
    }

    // R-PRIV-02
    @Test
    void aRefusedUploadIsErasedAsSoonAsItsReportIsMadeAndItsReportStays() throws Exception {
        String id15 = "330106780315201";
        long id = upload(sheetOf("拒收甲", id15));

        assertThat(row(id)).containsEntry("content", null).containsEntry("erased_because", "REFUSED");
        assertThat(erasures(id, "clerk")).isOne();
        assertThat(jdbc.sql("select count(*) from file_import_problem where upload_id = :id").param("id", id)
                .query(Long.class).single()).isOne();
        String page = mvc.perform(get("/files/import/{id}", id).with(demo.as("clerk"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("1 行有问题").contains("15 位").doesNotContain(id15);
        mvc.perform(post("/files/import/{id}/commit", id).with(demo.as("clerk")).with(csrf()))
                .andExpect(flash().attribute("error", "file.import.erased"));
    }

    // R-PRIV-02
    @Test
    void givingAnImportUpErasesItAtOnce() throws Exception {
        long id = upload(sheetOf("放弃甲", TestIds.next()));

        mvc.perform(post("/files/import/{id}/abandon", id).with(demo.as("clerk")).with(csrf()))
                .andExpect(redirectedUrl("/files/import"))
                .andExpect(flash().attribute("success", "file.import.abandoned"));

        assertThat(row(id)).containsEntry("content", null).containsEntry("erased_because", "ABANDONED");
        assertThat(erasures(id, "clerk")).isOne();
        mvc.perform(post("/files/import/{id}/commit", id).with(demo.as("clerk")).with(csrf()))
                .andExpect(flash().attribute("error", "file.import.erased"));
    }

    // R-PRIV-02: what nobody commits or gives up is gone before it is seven days old, audited as the system's act.
    @Test
    void theSweepErasesAnUploadBeforeItIsSevenDaysOld() throws Exception {
        Instant uploaded = clock.instant();
        long id = upload(sheetOf("过期甲", TestIds.next()));
        Duration almost = UploadRetention.KEPT_AT_MOST.minus(UploadRetention.SWEEP_EVERY).minusMinutes(1);

        try (MovableClock.Moved early = clock.moveTo(uploaded.plus(almost))) {
            erasure.eraseExpired();
        }
        assertThat(row(id).get("content")).isNotNull();

        try (MovableClock.Moved due = clock.moveTo(uploaded.plus(almost).plus(Duration.ofMinutes(2)))) {
            assertThat(erasure.eraseExpired()).isPositive();
        }
        assertThat(row(id)).containsEntry("content", null).containsEntry("erased_because", "EXPIRED");
        assertThat(erasures(id, ImportUploadErasure.SYSTEM)).isOne();
        assertThat(jdbc.sql("""
                select actor_organisation_id from audit_event
                 where action = 'IMPORT_UPLOAD_ERASE' and target_id = :id""")
                .param("id", String.valueOf(id)).query(Long.class).single())
                .isEqualTo(demo.organisationId("ZJ-HZ-XH-LJ"));
    }

    // R-PRIV-02: the sweep runs every quarter of an hour, on one node at a time.
    @Test
    void theSweepIsScheduledAtLeastAsOftenAsTheLimitAssumesAndRunsOnOneNode() throws Exception {
        var sweep = ScheduledPurges.class.getMethod("eraseExpiredUploads");
        assertThat(sweep.getAnnotation(SchedulerLock.class).name()).isEqualTo("import-upload-erasure");
        assertThat(sweep.getAnnotation(Scheduled.class).cron()).contains("0 */15 * * * *");
        assertThat(UploadRetention.SWEEP_EVERY).isEqualTo(Duration.ofMinutes(15));
    }
}
