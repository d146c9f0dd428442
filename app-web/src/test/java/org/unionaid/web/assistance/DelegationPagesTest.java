package org.unionaid.web.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.assistance.Delegation;
import org.unionaid.domain.assistance.Visit;
import org.unionaid.domain.assistance.VisitKind;
import org.unionaid.domain.assistance.Visiting;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.security.Role;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.InPerson;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Delegations (慰问团) through their pages: recorded by the union that sends them, seen below and above it, and
 * named on the home visits their cash and goods are handed over on. Specifies R-HAND-01 on the visit's side:
 * a visit names only a delegation of the recording union or one above it, on one of its days.
 */
@WebIntegrationTest
@Transactional
class DelegationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    ApprovedFiles files;

    @Autowired
    InPerson inPerson;

    @Autowired
    Visiting visiting;

    @Autowired
    Clock clock;

    private long created(ResultActions post) throws Exception {
        String location = post.andExpect(flash().attribute("success", "delegation.created")).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private ResultActions visit(HardshipFile file, Long delegation, LocalDate on, String visitors) throws Exception {
        return mvc.perform(post("/files/{id}/visits", file.getId()).with(demo.as("clerk")).with(csrf())
                .param("delegation", delegation == null ? "" : String.valueOf(delegation))
                .param("visitedOn", on.toString()).param("kind", "HOME").param("visitors", visitors)
                .param("given", "慰问金 500 元"));
    }

    @Test
    void theDistrictRecordsItsDelegationAndTheUnionsBelowAndAboveSeeIt() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long id = created(mvc.perform(post("/delegations").with(demo.as("approver")).with(csrf())
                .param("leader", "周晓燕（区总工会主席）").param("members", "刘强、赵敏")
                .param("startsOn", today.toString()).param("endsOn", today.plusDays(2).toString())));

        mvc.perform(get("/delegations/{id}", id).with(demo.as("approver")))
                .andExpect(content().string(containsString("慰问团（团长 周晓燕（区总工会主席））")))
                .andExpect(content().string(containsString(today + " 至 " + today.plusDays(2))));
        mvc.perform(get("/delegations").with(demo.as("clerk")))
                .andExpect(content().string(containsString("周晓燕（区总工会主席）")))
                .andExpect(content().string(containsString("西湖区总工会")));
        mvc.perform(get("/delegations/{id}", id).with(demo.as("auditor"))).andExpect(status().isOk());
        mvc.perform(get("/delegations/{id}", id).with(demo.as("yuhang.admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/delegations").with(demo.as("yuhang.admin")))
                .andExpect(content().string(not(containsString("刘强、赵敏"))));
    }

    @Test
    void aDelegationHasALeaderAndAtMostAMonthsRound() throws Exception {
        LocalDate today = LocalDate.now(clock);
        mvc.perform(post("/delegations").with(demo.as("approver")).with(csrf()).param("leader", " ")
                        .param("startsOn", today.toString()))
                .andExpect(flash().attribute("error", "delegation.leader.required"));
        mvc.perform(post("/delegations").with(demo.as("approver")).with(csrf()).param("leader", "周晓燕")
                        .param("startsOn", today.toString()).param("endsOn", today.plusDays(31).toString()))
                .andExpect(flash().attribute("error", "delegation.days.invalid"));
        mvc.perform(post("/delegations").with(demo.as("approver")).with(csrf()).param("leader", "周晓燕")
                        .param("startsOn", today.toString()).param("endsOn", today.minusDays(1).toString()))
                .andExpect(flash().attribute("error", "delegation.days.invalid"));
        // One day when the last day is left empty.
        long oneDay = created(mvc.perform(post("/delegations").with(demo.as("clerk")).with(csrf())
                .param("leader", "王芳").param("startsOn", today.toString())));
        mvc.perform(get("/delegations/{id}", oneDay).with(demo.as("clerk")))
                .andExpect(content().string(containsString(today + " 至 " + today)));
        // Finance keeps the money and does not organise the visits.
        mvc.perform(post("/delegations").with(demo.as("finance")).with(csrf()).param("leader", "赵敏")
                .param("startsOn", today.toString())).andExpect(status().isForbidden());
    }

    // R-HAND-01
    @Test
    void aHomeVisitNamesADelegationOfTheUnionOrAboveOnOneOfItsDays() throws Exception {
        HardshipFile household = files.approved("慰问团甲");
        Delegation district = inPerson.districtDelegation("周晓燕");
        Delegation yuhang = inPerson.delegationOf(demo.actor("yuhang.admin", Role.APPROVER), "吴海涛");
        LocalDate today = LocalDate.now(clock);

        mvc.perform(get("/files/{id}", household.getId()).param("tab", "plan").with(demo.as("clerk")))
                .andExpect(content().string(containsString("周晓燕带队 · 西湖区总工会")))
                .andExpect(content().string(not(containsString("吴海涛带队"))));
        visit(household, yuhang.id(), today, "").andExpect(flash().attribute("error", "visit.delegation.notOurs"));
        visit(household, district.id(), today.minusDays(4), "")
                .andExpect(flash().attribute("error", "visit.delegation.notOut"));
        assertThat(visiting.ofFile(demo.actor("clerk"), household.getId())).isEmpty();

        visit(household, district.id(), today.minusDays(1), "").andExpect(flash().attribute("success", "visit.recorded"));
        List<Visit> visits = visiting.ofFile(demo.actor("clerk"), household.getId());
        assertThat(visits).singleElement().satisfies(v -> {
            assertThat(v.getDelegationId()).isEqualTo(district.id());
            assertThat(v.getVisitors()).as("the delegation's people").isEqualTo("周晓燕、刘强、赵敏");
            assertThat(v.isHomeVisitOf(district.id(), household.getId())).isTrue();
        });
        mvc.perform(get("/delegations/{id}", district.id()).with(demo.as("approver")))
                .andExpect(content().string(containsString("慰问团甲")))
                .andExpect(content().string(containsString("慰问金 500 元")));
        // The sibling district's delegation page shows none of this district's households.
        inPerson.homeVisit(district, household.getId(), today);
        mvc.perform(get("/delegations/{id}", yuhang.id()).with(demo.as("yuhang.admin")))
                .andExpect(content().string(not(containsString("慰问团甲"))));
        assertThat(visiting.toFile(demo.actor("clerk"), household.getId(), null, today, VisitKind.AT_POST, "王芳",
                null, null, List.of()).getDelegationId()).as("a visit of no delegation, as before").isNull();
    }

    @Test
    void theDemoHasTheDistrictsDelegationForItsCampaign() throws Exception {
        mvc.perform(get("/delegations").with(demo.as("finance")))
                .andExpect(content().string(containsString("周晓燕（区总工会主席）")))
                .andExpect(content().string(containsString("刘强（副主席）、赵敏（财务）")));
    }
}
