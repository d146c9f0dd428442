package org.unionaid.web.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestCards;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.TestSheets;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * A constraint error is forced where a file is written — through JPA (the file form) and through COPY (an
 * import) — by a check the test adds for its own workers' names; the request's failure is logged with its causes,
 * as the servlet container logs an exception no page took, and the log of the whole application (everything it
 * prints: Hibernate's own lines, the embedded server's log) is then read: the error is there, the row is not — no
 * name, no birth date, no sealed value. Specifies R-PRIV-03 (docs/rules.md).
 */
@WebIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DatabaseErrorLogTest {

    private static final String UNION = "杭州西湖龙井茶业有限公司工会";

    private static final Logger log = LoggerFactory.getLogger(DatabaseErrorLogTest.class);

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    private final String constraint = "log_test_" + UUID.randomUUID().toString().substring(0, 8);
    private final String marker = "日志" + UUID.randomUUID().toString().substring(0, 4);

    @BeforeEach
    void refuseTheTestsWorkers() {
        jdbc.sql("alter table hardship_file add constraint " + constraint + " check (worker_name not like '日志%') not valid")
                .update();
    }

    @AfterEach
    void dropTheCheck() {
        jdbc.sql("alter table hardship_file drop constraint " + constraint).update();
    }

    // R-PRIV-03: the file form writes through JPA.
    @Test
    void aConstraintErrorOfTheFileFormLogsNoNameBirthDateOrSealedValue(CapturedOutput output) throws Exception {
        String name = marker + "甲";
        String id = TestIds.next();
        Throwable failure = catchThrowable(() -> mvc.perform(post("/files").with(demo.as("clerk")).with(csrf())
                .param("organisationId", String.valueOf(demo.organisationId("ZJ-HZ-XH-LJ")))
                .param("workerName", name).param("workerIdNumber", id)
                .param("causes", "DISABILITY").param("mainCause", "DISABILITY").param("needs", "LIVING")
                .param("level", "BASE").param("bank", "ICBC").param("bankCardNumber", TestCards.next())
                .param("bankHolder", name)));

        assertThat(failure).as("the forced error reached the request").isNotNull();
        log.error("Request failed", failure); // as the servlet container logs an exception no page took
        assertNothingOfTheRowIn(output, name, id);
    }

    // R-PRIV-03: an import writes with COPY, whose error context is the failing line itself.
    @Test
    void aConstraintErrorOfAnImportLogsNoNameBirthDateOrSealedValue(CapturedOutput output) throws Exception {
        String name = marker + "乙";
        String id = TestIds.next();
        byte[] sheet = TestSheets.sheet(List.of("职工姓名", "身份证号码", "所在基层工会", "致困原因", "主要致困原因", "帮扶需求",
                "档案级别"), List.of(new ArrayList<>(List.of(name, id, UNION, "本人患重病", "本人患重病", "医疗", "基层"))));
        String page = mvc.perform(multipart("/files/import").file(new MockMultipartFile("sheet", "日志.xlsx",
                "application/octet-stream", sheet)).with(demo.as("clerk")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();

        Throwable failure = catchThrowable(() -> mvc.perform(post(page + "/commit").with(demo.as("clerk"))
                .with(csrf())));

        assertThat(failure).as("the forced error reached the request").isNotNull();
        log.error("Request failed", failure); // as the servlet container logs an exception no page took
        assertNothingOfTheRowIn(output, name, id);
    }

    private void assertNothingOfTheRowIn(CapturedOutput output, String name, String id) throws InterruptedException {
        // The embedded server's log reaches the application's on a thread of its own.
        Thread.sleep(500);
        String text = output.toString();
        String birth = id.substring(6, 14);
        assertThat(text).as("the error itself is logged").contains(constraint);
        assertThat(text).doesNotContain(name).doesNotContain(id.substring(0, 17))
                .doesNotContain(birth).doesNotContain(birth.substring(0, 4) + "-" + birth.substring(4, 6) + "-"
                        + birth.substring(6))
                .doesNotContain("Failing row").doesNotContain("COPY hardship_file, line")
                .doesNotContainPattern("\\\\x01[0-9a-f]{24}");
    }
}
