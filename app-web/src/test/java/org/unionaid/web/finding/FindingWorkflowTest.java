package org.unionaid.web.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAccounts;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * A finding across two unions: raised by the city's auditor on a file of the tea company's union, answered by
 * that union's finance with evidence, returned, answered again and confirmed by the province's auditor. Specifies
 * R-AUDIT-04, R-AUDIT-05 and R-AUDIT-06 through the pages.
 */
@WebIntegrationTest
@Transactional
class FindingWorkflowTest {

    private static final byte[] PDF = "%PDF-1.7 整改说明".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoUsers demo;
    @Autowired
    ApprovedFiles files;
    @Autowired
    UserAccounts users;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;

    private HardshipFile file;
    private long tea;

    @BeforeEach
    void auditorsAndAFile() {
        file = files.approved("整改甲");
        tea = demo.organisationId("ZJ-HZ-XH-LJ");
        auditor("province.auditor", "ZJ");
        auditor("ningbo.auditor", "ZJ-NB");
    }

    private void auditor(String login, String union) {
        users.add(new UserAccount(login, "审计" + login, organisations.findById(demo.organisationId(union)).orElseThrow(),
                EnumSet.of(Role.AUDITOR), "not-a-login"));
    }

    private long raise() throws Exception {
        String location = mvc.perform(post("/findings").with(demo.as("auditor")).with(csrf())
                        .param("unionId", String.valueOf(tea)).param("title", "困难档案材料不全")
                        .param("note", "请补齐证明材料并说明审批经过").param("records", "hardship_file/" + file.getId()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "finding.raised"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test // R-AUDIT-04
    void anAuditorRaisesAFindingOnRecordsOfTheSubtreeOnly() throws Exception {
        long id = raise();

        mvc.perform(get("/findings/{id}", id).with(demo.as("auditor"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("困难档案材料不全")))
                .andExpect(content().string(containsString("困难职工档案 整改甲")))
                .andExpect(content().string(containsString("/files/" + file.getId())));
        assertThat(demo.lastAuditDetail("auditor", "FINDING_RAISE")).isEqualTo("for union " + tea + ", 1 records");
        mvc.perform(post("/findings").with(demo.as("auditor")).with(csrf())
                        .param("unionId", String.valueOf(demo.organisationId("ZJ-NB"))).param("title", "越权")
                        .param("note", "宁波的事"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("R-AUDIT-04")));
        mvc.perform(post("/findings").with(demo.as("auditor")).with(csrf()).param("unionId", String.valueOf(tea))
                        .param("title", "不存在的记录").param("note", "意见").param("records", "disbursement_line/-5"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("disbursement_line/-5")));
        mvc.perform(post("/findings").with(demo.as("lj.finance")).with(csrf()).param("unionId", String.valueOf(tea))
                .param("title", "自查").param("note", "意见")).andExpect(status().isForbidden());
    }

    @Test // R-AUDIT-05
    void theUnionAnswersTheAuditorsAboveReturnAndConfirmAndASiblingAuditorIsRefused() throws Exception {
        long id = raise();

        mvc.perform(get("/findings").with(demo.as("lj.finance"))).andExpect(content().string(containsString("困难档案材料不全")));
        mvc.perform(get("/findings").with(demo.as("finance"))).andExpect(content().string(not(containsString("困难档案材料不全"))));
        mvc.perform(multipart("/findings/{id}/answer", id).file(new MockMultipartFile("evidence", "补充材料.pdf",
                        "application/pdf", PDF)).param("text", "已补齐申请书").with(demo.as("lj.finance")).with(csrf()))
                .andExpect(flash().attribute("success", "finding.answered"));
        mvc.perform(post("/findings/{id}/answer", id).param("text", "再答一次").with(demo.as("lj.finance")).with(csrf()))
                .andExpect(flash().attribute("error", "finding.answer.notAwaited"));
        mvc.perform(post("/findings/{id}/return", id).param("text", "还缺收入核对").with(demo.as("auditor")).with(csrf()))
                .andExpect(flash().attribute("success", "finding.returned"));
        mvc.perform(post("/findings/{id}/answer", id).param("text", "已完成民政核对").with(demo.as("lj.finance"))
                .with(csrf())).andExpect(flash().attribute("success", "finding.answered"));
        mvc.perform(get("/findings/{id}", id).with(demo.as("ningbo.auditor"))).andExpect(status().isForbidden());
        mvc.perform(post("/findings/{id}/confirm", id).param("text", "同意").with(demo.as("ningbo.auditor")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/findings/{id}/confirm", id).param("text", "整改到位").with(demo.as("province.auditor"))
                .with(csrf())).andExpect(flash().attribute("success", "finding.confirmed"));

        mvc.perform(get("/findings/{id}", id).with(demo.as("lj.finance"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已整改")))
                .andExpect(content().string(containsString("还缺收入核对")))
                .andExpect(content().string(containsString("补充材料.pdf")));
        long evidence = jdbc.sql("""
                select e.id from finding_evidence e join finding_step s on s.id = e.step_id where s.finding_id = :f
                """).param("f", id).query(Long.class).single();
        mvc.perform(get("/findings/{id}/evidence/{e}", id, evidence).with(demo.as("province.auditor")))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF));
        assertThat(demo.lastAuditDetail("province.auditor", "FINDING_EVIDENCE_OPEN")).isEqualTo("evidence " + evidence);
        assertThat(jdbc.sql("select kind from finding_step where finding_id = :f order by id").param("f", id)
                .query(String.class).list()).containsExactly("ANSWERED", "RETURNED", "ANSWERED", "CONFIRMED");
    }

    @Test // R-AUDIT-06
    void aFindingAndItsStepsCannotBeRewritten() throws Exception {
        long id = raise();
        assertThatThrownBy(() -> jdbc.sql("update finding set note = '改写' where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }
}
