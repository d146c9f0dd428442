package org.unionaid.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unionaid.domain.anomaly.AnomalyRule;
import org.unionaid.domain.anomaly.AnomalyRun;
import org.unionaid.domain.anomaly.AnomalyDetection;
import org.unionaid.domain.anomaly.AnomalyStore;
import org.unionaid.domain.anomaly.RuleResult;
import org.unionaid.web.support.AuditTree;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * The auditor's desk through its pages, on a tree of its own with a planted round sum of cash. Specifies
 * R-AUDIT-01 (a run changes no business data), R-AUDIT-02 (an auditor's desk is the own subtree; a sibling is
 * refused), R-AUDIT-03 (thresholds of the top union, audited) and R-AUDIT-07 (a dismissed hit does not return).
 */
@WebIntegrationTest
class AuditDeskTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTree trees;
    @Autowired
    AnomalyDetection runs;
    @Autowired
    AnomalyStore store;
    @Autowired
    DemoUsers demo;
    @Autowired
    JdbcClient jdbc;

    private AuditTree.Planted tree;

    @BeforeEach
    void plant() {
        tree = trees.plant();
    }

    /** Every business table the rules read, each as its row count and a digest of its rows. */
    private String businessData() {
        StringBuilder digest = new StringBuilder();
        for (String table : List.of("hardship_file", "file_history", "file_attachment", "disbursement_batch",
                "disbursement_line", "disbursement_handover", "bank_return", "allocation", "matching_contribution",
                "balance_transfer", "public_notice", "monthly_income", "campaign", "ledger_posting", "report_version")) {
            digest.append(table).append(jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), ',' "
                    + "order by md5(t::text))), '') from " + table + " t").query(String.class).single()).append(';');
        }
        return digest.toString();
    }

    private AnomalyRun awaitDone(long runId) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        AnomalyRun run = store.run(runId).orElseThrow();
        while (run.running() && Instant.now().isBefore(until)) {
            Thread.sleep(200);
            run = store.run(runId).orElseThrow();
        }
        return run;
    }

    private long runFromTheDesk(String auditor) throws Exception {
        String location = mvc.perform(post("/audit/desk/runs").with(demo.as(auditor)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test // R-AUDIT-01
    void aRunStartedOnTheDeskRunsEveryRuleChangesNothingAndShowsTheHitsWithTheirEvidence() throws Exception {
        String before = businessData();

        long runId = runFromTheDesk(tree.topAuditor());
        mvc.perform(get("/audit/desk/runs/{id}", runId).with(demo.as(tree.topAuditor()))).andExpect(status().isOk());
        AnomalyRun run = awaitDone(runId);

        assertThat(run.status()).isEqualTo(AnomalyRun.Status.DONE);
        assertThat(run.rulesDone()).isEqualTo(AnomalyRule.values().length);
        assertThat(businessData()).isEqualTo(before);
        assertThat(demo.auditCount(tree.topAuditor(), "ANOMALY_RUN", "SUCCESS")).isEqualTo(1);
        mvc.perform(get("/audit/desk").with(demo.as(tree.topAuditor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("大额整数现金")))
                .andExpect(content().string(containsString("R-ANOM-25")));
        mvc.perform(get("/audit/desk/runs/{id}/hits", runId).param("rule", "ROUND_CASH")
                        .with(demo.as(tree.topAuditor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("整数户")))
                .andExpect(content().string(containsString("2,000.00")))
                .andExpect(content().string(containsString("/trace/lines/" + tree.cashLine())));
        mvc.perform(get("/audit/desk/runs/{id}/progress", runId).with(demo.as(tree.topAuditor())))
                .andExpect(status().isOk()).andExpect(result -> assertThat(result.getResponse().getHeader("HX-Refresh"))
                        .isEqualTo("true"));
    }

    @Test // R-AUDIT-02
    void anAuditorSeesTheOwnSubtreeThroughAWiderRunAndASiblingIsRefused() throws Exception {
        long runId = runs.start(demo.currentUser(tree.topAuditor()).actor("127.0.0.1")).id();
        runs.execute(runId);

        mvc.perform(get("/audit/desk").with(demo.as(tree.countyAuditor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/audit/desk/runs/" + runId)));
        mvc.perform(get("/audit/desk/runs/{id}/hits", runId).param("rule", "ROUND_CASH")
                .with(demo.as(tree.countyAuditor()))).andExpect(content().string(containsString("整数户")));
        mvc.perform(get("/audit/desk/runs/{id}/hits", runId).param("rule", "ROUND_CASH")
                .with(demo.as(tree.neighbourAuditor()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("整数户"))));
        long neighbourRun = runs.start(demo.currentUser(tree.neighbourAuditor()).actor("127.0.0.1")).id();
        runs.execute(neighbourRun);

        mvc.perform(get("/audit/desk/runs/{id}", neighbourRun).with(demo.as(tree.countyAuditor())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit/desk/runs/{id}/hits", neighbourRun).with(demo.as(tree.countyAuditor())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit/desk").with(demo.as(tree.baseFinance()))).andExpect(status().isForbidden());
        assertThat(demo.auditCount(tree.countyAuditor(), "ACCESS", "DENIED")).isEqualTo(2);
    }

    @Test // R-AUDIT-07
    void aHitDismissedWithAReasonDoesNotReturnForTheUnionButStaysVisibleAbove() throws Exception {
        long first = runs.start(demo.currentUser(tree.topAuditor()).actor("127.0.0.1")).id();
        runs.execute(first);
        String key = "line:" + tree.cashLine();

        mvc.perform(post("/audit/desk/runs/{id}/hit/dismiss", first).param("rule", "ROUND_CASH").param("key", key)
                        .param("reason", " ").with(demo.as(tree.countyAuditor())).with(csrf()))
                .andExpect(flash().attribute("error", "anomaly.dismiss.reasonRequired"));
        mvc.perform(post("/audit/desk/runs/{id}/hit/dismiss", first).param("rule", "ROUND_CASH").param("key", key)
                        .param("reason", "春节慰问标准，已核对签收").with(demo.as(tree.countyAuditor())).with(csrf()))
                .andExpect(flash().attribute("success", "anomaly.dismissed"));
        long next = runs.start(demo.currentUser(tree.topAuditor()).actor("127.0.0.1")).id();
        runs.execute(next);

        assertThat(result(next, tree.countyAuditor())).satisfies(r -> {
            assertThat(r.visibleHits() - r.dismissedHits()).isZero();
            assertThat(r.dismissedHits()).isEqualTo(1);
        });
        assertThat(result(next, tree.topAuditor()).dismissedHits()).isZero();
        mvc.perform(get("/audit/desk/runs/{id}/hits", next).param("rule", "ROUND_CASH")
                .with(demo.as(tree.topAuditor()))).andExpect(content().string(containsString("春节慰问标准，已核对签收")));
        assertThat(demo.lastAuditDetail(tree.countyAuditor(), "ANOMALY_DISMISS")).contains("R-ANOM-14");
    }

    private RuleResult result(long runId, String login) {
        return runs.results(demo.currentUser(login).actor("127.0.0.1"), runId).stream()
                .filter(r -> r.rule() == AnomalyRule.ROUND_CASH).findFirst().orElseThrow();
    }

    @Test // R-AUDIT-03
    void theTopUnionsAuditorChangesAThresholdWithAReasonAndOthersAreRefused() throws Exception {
        String cap = jdbc.sql("select value from audit_setting where key = 'YEARLY_CAP' order by id desc limit 1")
                .query(String.class).single();

        mvc.perform(post("/audit/settings").param("threshold", "YEARLY_CAP").param("value", "abc").param("reason", "试")
                .with(demo.as(tree.topAuditor())).with(csrf()))
                .andExpect(flash().attribute("error", "audit.threshold.outOfRange"));
        mvc.perform(post("/audit/settings").param("threshold", "YEARLY_CAP").param("value", "9000")
                .param("reason", "经审会决定").with(demo.as(tree.topAuditor())).with(csrf()))
                .andExpect(flash().attribute("success", "audit.threshold.changed"));
        assertThat(demo.lastAuditDetail(tree.topAuditor(), "AUDIT_SETTING_CHANGE")).endsWith("→ 9000: 经审会决定");
        mvc.perform(get("/audit/settings").with(demo.as(tree.countyAuditor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("经审会决定")));
        mvc.perform(post("/audit/settings").param("threshold", "YEARLY_CAP").param("value", "1")
                .param("reason", "区里想改").with(demo.as(tree.countyAuditor())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/audit/settings").param("threshold", "YEARLY_CAP").param("value", cap)
                .param("reason", "恢复").with(demo.as(tree.topAuditor())).with(csrf()))
                .andExpect(flash().attribute("success", "audit.threshold.changed"));
    }

    @Test // R-AUDIT-07
    void aHitBecomesAFindingForItsUnionFromItsOwnPage() throws Exception {
        long run = runs.start(demo.currentUser(tree.topAuditor()).actor("127.0.0.1")).id();
        runs.execute(run);
        String key = "line:" + tree.cashLine();

        mvc.perform(get("/audit/desk/runs/{id}/hit", run).param("rule", "ROUND_CASH").param("key", key)
                        .with(demo.as(tree.topAuditor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("R-ANOM-14")))
                .andExpect(content().string(containsString("/findings/new")));
        mvc.perform(get("/findings/new").param("run", String.valueOf(run)).param("rule", "ROUND_CASH")
                        .param("key", key).with(demo.as(tree.topAuditor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("disbursement_line/" + tree.cashLine())));
        String location = mvc.perform(post("/findings").with(demo.as(tree.topAuditor())).with(csrf())
                        .param("unionId", String.valueOf(tree.county().getId())).param("title", "大额整数现金")
                        .param("note", "请说明现金发放的依据").param("records", "disbursement_line/" + tree.cashLine())
                        .param("runId", String.valueOf(run)).param("rule", "ROUND_CASH").param("hitKey", key))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get("/audit/desk/runs/{id}/hits", run).param("rule", "ROUND_CASH").with(demo.as(tree.topAuditor())))
                .andExpect(content().string(containsString(location)));
        mvc.perform(get(location).with(demo.as(tree.countyAuditor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("大额整数现金")));
        mvc.perform(get("/audit/papers").with(demo.as(tree.topAuditor()))).andExpect(status().isOk());
        mvc.perform(get("/audit/samples").with(demo.as(tree.topAuditor()))).andExpect(status().isOk());
        mvc.perform(get("/findings").with(demo.as(tree.baseFinance()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("大额整数现金"))));
    }
}
