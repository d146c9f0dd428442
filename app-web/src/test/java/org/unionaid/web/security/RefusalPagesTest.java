package org.unionaid.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAccounts;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.MatrixWorld;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * A refusal says which check refused — a missing role (and which would do), outside the user's union, a step of
 * another level, an expired form, maker-checker — against whom (the user's union and roles), and what to do.
 * Specifies R-PRIV-07 (docs/rules.md).
 */
@WebIntegrationTest
class RefusalPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MatrixWorld worlds;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    Disbursement disbursement;


    private long draft() {
        return jdbc.sql("select min(id) from hardship_file where worker_name = '郭明辉'").query(Long.class).single();
    }

    // R-PRIV-07: the URL rules' roles, read from their decision.
    @Test
    void aMissingRoleAtTheUrlNamesTheRolesThatWouldDoAndWhoTheUserIs() throws Exception {
        mvc.perform(get("/audit").with(demo.as("clerk"))).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("拒绝原因：缺少所需角色")))
                .andExpect(content().string(containsString("审计、系统管理员")))
                .andExpect(content().string(containsString("您的单位：杭州西湖龙井茶业有限公司工会；您的角色：录入员")))
                .andExpect(content().string(containsString("请本单位或上级工会的系统管理员为您授予角色")))
                .andExpect(content().string(containsString("此次访问已记入审计日志")));
    }

    // R-PRIV-07: a use case's role check.
    @Test
    void aMissingRoleInAUseCaseNamesTheRole() throws Exception {
        mvc.perform(post("/files/{id}/submit", draft()).with(demo.as("auditor")).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("拒绝原因：缺少所需角色")))
                .andExpect(content().string(containsString("需要以下角色之一：录入员")));
    }

    // R-PRIV-07
    @Test
    void aTargetOutsideTheUsersUnionNamesTheUnionTheUserMayActIn() throws Exception {
        mvc.perform(get("/admin/organisations/{id}", demo.organisationId("ZJ-HZ-YH")).with(demo.as("xihu.admin")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("拒绝原因：超出本单位的管理范围")))
                .andExpect(content().string(containsString("您属于西湖区总工会，只能查看和办理西湖区总工会及其下级工会的数据")));
    }

    // R-PRIV-07
    @Test
    void aStepOfAnotherLevelSaysWhoseItIs() throws Exception {
        mvc.perform(post("/admin/calendar/confirm").param("year", "2027").with(demo.as("xihu.admin")).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("拒绝原因：这一步不由本级工会办理")))
                .andExpect(content().string(containsString("顶级工会的系统管理员维护")));
    }

    // R-PRIV-07
    @Test
    void anExpiredFormSaysSoAndToReload() throws Exception {
        mvc.perform(post("/files/{id}/submit", draft()).with(demo.as("clerk")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("拒绝原因：表单已过期")))
                .andExpect(content().string(containsString("请刷新页面后重新填写提交")));
    }

    // R-PRIV-07: maker-checker is named where the user acted, with what to do.
    @Test
    @Transactional
    void makerCheckerIsNamedWhereTheUserActedWithWhatToDo() throws Exception {
        MatrixWorld.World world = worlds.world();
        UserAccount both = accounts.add(new UserAccount("both-roles-" + System.nanoTime(), "兼任",
                organisations.findById(demo.organisationId("ZJ-HZ-XH")).orElseThrow(),
                EnumSet.of(Role.FINANCE, Role.APPROVER), "not-a-login"));
        var self = demo.actor(both.getLoginName());
        Batch batch = disbursement.create(self, world.id("campaign"), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, PaymentMethod.BANK_TRANSFER, null);

        MvcResult refused = mvc.perform(post("/batches/{id}/approve", batch.id())
                .with(demo.as(both.getLoginName())).with(csrf()))
                .andExpect(flash().attribute("error", "payment.approve.makerChecker")).andReturn();
        mvc.perform(get("/batches/{id}", batch.id()).with(demo.as(both.getLoginName()))
                .cookie(refused.getResponse().getCookie("SESSION")))
                .andExpect(content().string(containsString("拒绝原因：经办与审批分离")))
                .andExpect(content().string(containsString("请由本单位另一位有审批权限的人员审批。（R-MC-01）")));
    }

    // R-PRIV-07: every maker-checker refusal and the same-union approval are recognised as the checks they are.
    @Test
    void everyMakerCheckerRefusalIsRecognisedAsSuch() throws IOException {
        Properties messages = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource("messages_zh_CN.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        assertThat(messages.stringPropertyNames().stream().filter(key -> messages.getProperty(key).contains("R-MC-01")
                && !key.startsWith("refusal.") && !key.startsWith("rule."))).isNotEmpty()
                .allSatisfy(key -> assertThat(RefusedCheck.ofRule(key)).as(key).isEqualTo(RefusedCheck.MAKER_CHECKER));
        assertThat(RefusedCheck.ofRule("approval.refused.sameUnion")).isEqualTo(RefusedCheck.SAME_UNION);
    }
}
