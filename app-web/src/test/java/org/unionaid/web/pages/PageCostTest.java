package org.unionaid.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.reporting.table.TableDefinitions;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.StatementCounter;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * What the busiest pages cost in SQL statements, held to a budget so that a per-row query cannot creep back:
 * the count must not grow with the rows a page shows (the file list, a batch page of 100 lines, the approvals),
 * and pages of the demo data are counted as production runs them, each transaction with its own persistence
 * context (the home pages, a file page, a statistics table). {@code benchmarks/pages} measures the same pages'
 * time (docs/benchmarks.md).
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
    CampaignAdministration campaigns;

    @Autowired
    Disbursement disbursement;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    /**
     * The statements of one request inside the test's transaction: what the test made there is seen, but the
     * use cases of the page share the test's persistence context, so an entity one of them loaded is not loaded
     * again by the next. Right for a count that must not grow with the rows.
     */
    private int statements(RequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().isOk()); // warm: caches of reference data filled once
        StatementCounter.reset();
        mvc.perform(request).andExpect(status().isOk());
        int count = StatementCounter.count();
        return count;
    }

    /**
     * The statements of one request as production runs it: outside the test's transaction, each transaction the
     * page opens has its own persistence context, so a file that two use cases load separately is counted twice.
     * Only for pages of the demo data (committed), and only for pages that write nothing.
     */
    private int statementsAsInProduction(RequestBuilder request) {
        TransactionTemplate outside = new TransactionTemplate(transactions);
        outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        return outside.execute(status -> {
            try {
                return statements(request);
            } catch (Exception failure) {
                throw new IllegalStateException(failure);
            }
        });
    }

    @Test
    void theFileListCostsTheSameWhateverItsRows() throws Exception {
        // The page, the count for the pager and the unions of the filter: one statement each.
        assertThat(statementsAsInProduction(get("/files").with(demo.as("admin")))).isLessThanOrEqualTo(3);
        // Pages of five, full before and after (the demo alone has seven files): the pager's count is asked only
        // for a full page, so a page of twenty would cost one statement more once the tests before this one had
        // written enough files to fill it.
        int before = statements(get("/files").param("size", "5").with(demo.as("admin")));
        for (int i = 0; i < 5; i++) {
            journey.filedWithDocuments(new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), "成本" + i, TestIds.next(),
                    List.of()));
        }
        assertThat(statements(get("/files").param("size", "5").with(demo.as("admin")))).isEqualTo(before)
                .isLessThanOrEqualTo(3);
    }

    @Test
    void theHomePagesOfAClerkAndOfTheProvinceAdmin() throws Exception {
        assertThat(statementsAsInProduction(get("/").with(demo.as("clerk")))).isLessThanOrEqualTo(9);
        // An admin's also lists the locked accounts of the subtree (R-AUTH-06).
        assertThat(statementsAsInProduction(get("/").with(demo.as("admin")))).isLessThanOrEqualTo(9);
    }

    @Test
    void aFilePage() throws Exception {
        long file = jdbc.sql("select id from hardship_file where worker_name = '李建华'").query(Long.class).single();
        // One read-only transaction for the page (PageReads): the file is loaded once for all its parts. The demo's
        // clerk has visited the household (DemoReports), so the photos of its visits are read too, in one statement.
        assertThat(statementsAsInProduction(get("/files/{id}", file).with(demo.as("clerk")))).isLessThanOrEqualTo(12);
        assertThat(statementsAsInProduction(get("/files/{id}", file).param("tab", "history").with(demo.as("clerk"))))
                .isLessThanOrEqualTo(12);
    }

    @Test
    void theInboxCostsTheSameAtTheDistrictAndAtTheProvinceWhateverTheirChildren() throws Exception {
        // a period's forms cost a few statements each; the children of a union cost none
        long open = jdbc.sql("select count(*) from reporting_period where final_deadline >= :today")
                .param("today", LocalDate.now(clock)).query(Long.class).single();
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
        assertThat(statements(get("/approvals").with(demo.as("approver")))).isEqualTo(one).isLessThanOrEqualTo(5);
    }

    @Test
    void aBatchPageOfAHundredLinesCostsWhatAPageOfAFewCosts() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Campaign campaign = campaigns.create(demo.actor("approver"), new CampaignDraft("成本批次" + UUID.randomUUID(),
                today.getYear(), today.minusDays(1), today.plusDays(30), today.plusDays(40), null,
                Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "2000")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS))));
        long source = journey.approvedWithCard("成本批次甲", FileLevel.COUNTY).getId();
        journey.approvedWithCard("成本批次乙", FileLevel.COUNTY);
        Batch batch = disbursement.create(demo.actor("finance"), campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, PaymentMethod.BANK_TRANSFER, null);
        disbursement.fill(demo.actor("finance"), batch.id(), HardshipCategory.DEEP, null);
        int few = lines(batch.id());
        int fewCost = statements(get("/batches/{id}", batch.id()).with(demo.as("finance")));

        // Up to 100 lines (the page's size): households like the first, each with its own person and card.
        jdbc.sql("create temporary table cost_copy as select f.* from hardship_file f, generate_series(1, :n) "
                + "where f.id = :source").param("n", 100 - few).param("source", source).update();
        jdbc.sql("update cost_copy set id = nextval('hardship_file_seq')").update();
        jdbc.sql("update cost_copy set worker_id_index = sha256(('成本人' || id)::bytea), "
                + "bank_card_index = sha256(('成本卡' || id)::bytea)").update();
        jdbc.sql("insert into hardship_file select * from cost_copy").update();
        jdbc.sql("insert into disbursement_line (id, batch_id, campaign_id, purpose, file_id, amount, standard, "
                + "reference, status, created_at) select nextval('disbursement_line_seq'), :batch, :campaign, "
                + "'CONDOLENCE', id, 2000, 2000, 'COST' || id, 'PENDING', now() from cost_copy")
                .param("batch", batch.id()).param("campaign", campaign.id()).update();
        jdbc.sql("drop table cost_copy").update();
        assertThat(lines(batch.id())).isEqualTo(100);

        // Among them the facts the payment rules read of the lines' files, in one statement for all of them
        // (PayableHousehold), and the batch read once for the page however many of its parts check the reach.
        assertThat(statements(get("/batches/{id}", batch.id()).with(demo.as("finance")))).isEqualTo(fewCost)
                .isLessThanOrEqualTo(16);
    }

    private int lines(long batch) {
        return jdbc.sql("select count(*) from disbursement_line where batch_id = :batch").param("batch", batch)
                .query(Integer.class).single();
    }

    @Test
    void aStatisticsTableOfADistrictAndOfABaseUnion() throws Exception {
        // This year's period of the demo data: the tea company has sent its tables, the district has not.
        long period = jdbc.sql("select id from reporting_period where name like '%年元旦春节送温暖' order by year desc"
                + " limit 1").query(Long.class).single();
        // The district's open table is counted: the period with its forms and deadlines, two unions, the table's
        // row, its accepted children summed in one statement, the period's campaigns, one statement per measure (money, payments, named recipients,
        // enterprises, files, visited households, group visits, file movements), its summary and reminders.
        assertThat(statementsAsInProduction(get("/reports/{p}/{f}/{u}", period, TableDefinitions.WARMTH,
                demo.organisationId("ZJ-HZ-XH")).with(demo.as("approver")))).isLessThanOrEqualTo(18);
        // The tea company's submitted table is read as it was frozen: its version, cells and summary.
        assertThat(statementsAsInProduction(get("/reports/{p}/{f}/{u}", period, TableDefinitions.WARMTH,
                demo.organisationId("ZJ-HZ-XH-LJ")).with(demo.as("clerk")))).isLessThanOrEqualTo(11);
    }
}
