package org.unionaid.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.StatementCounter;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * What the busiest pages cost in SQL statements, held to a budget so that a per-row query cannot creep back:
 * the count must not grow with the rows a page shows.
 */
@WebIntegrationTest
@Transactional
class PageCostTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApprovedFiles journey;

    @Autowired
    java.time.Clock clock;

    private int statements(RequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().isOk()); // warm: caches of reference data filled once
        StatementCounter.reset();
        mvc.perform(request).andExpect(status().isOk());
        int count = StatementCounter.count();
        return count;
    }

    @Test
    void theFileListCostsTheSameWhateverItsRows() throws Exception {
        int before = statements(get("/files").with(demo.as("admin")));
        for (int i = 0; i < 5; i++) {
            journey.filedWithDocuments(new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), "成本" + i, TestIds.next(),
                    List.of()));
        }
        assertThat(statements(get("/files").with(demo.as("admin")))).isEqualTo(before).isLessThanOrEqualTo(3);
    }

    @Test
    void theHomePagesOfAClerkAndOfTheProvinceAdmin() throws Exception {
        assertThat(statements(get("/").with(demo.as("clerk")))).isLessThanOrEqualTo(8);
        assertThat(statements(get("/").with(demo.as("admin")))).isLessThanOrEqualTo(8);
    }

    @Test
    void aFilePage() throws Exception {
        long file = jdbc.sql("select id from hardship_file where worker_name = '李建华'").query(Long.class).single();
        assertThat(statements(get("/files/{id}", file).with(demo.as("clerk")))).isLessThanOrEqualTo(11);
        assertThat(statements(get("/files/{id}", file).param("tab", "history").with(demo.as("clerk"))))
                .isLessThanOrEqualTo(11);
    }

    @Test
    void theInboxCostsTheSameAtTheDistrictAndAtTheProvinceWhateverTheirChildren() throws Exception {
        // a period's forms cost a few statements each; the children of a union cost none
        long open = jdbc.sql("select count(*) from reporting_period where final_deadline >= :today")
                .param("today", java.time.LocalDate.now(clock)).query(Long.class).single();
        int district = statements(get("/reports/inbox").with(demo.as("approver")));
        assertThat(statements(get("/reports/inbox").with(demo.as("admin")))).isEqualTo(district)
                .isLessThanOrEqualTo(6 + 10 * (int) open);
    }

    @Test
    void theApprovalsPageCostsTheSameForOneWaitingFileAsForThree() throws Exception {
        journey.noticePassed(new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), "审批成本甲", TestIds.next(), List.of()));
        int one = statements(get("/approvals").with(demo.as("approver")));
        journey.noticePassed(new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), "审批成本乙", TestIds.next(), List.of()));
        journey.noticePassed(new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), "审批成本丙", TestIds.next(), List.of()));
        assertThat(statements(get("/approvals").with(demo.as("approver")))).isEqualTo(one).isLessThanOrEqualTo(8);
    }
}
