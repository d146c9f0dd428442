package org.unionaid.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.anomaly.AnomalyStore;
import org.unionaid.domain.anomaly.AuditSettings;
import org.unionaid.domain.anomaly.Hit;
import org.unionaid.domain.anomaly.RunContext;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.TreeFixtures;
import org.unionaid.reporting.statistics.StatisticsMismatchCheck;
import org.unionaid.reporting.table.SubtreeTables;
import org.unionaid.reporting.table.SubtreeRollUp;
import org.unionaid.reporting.table.TableDefinition;
import org.unionaid.reporting.table.TableDefinitions;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Specifies R-ANOM-25: the latest submitted version of each table of the subtree beside the records (按记录核对) —
 * a version that says what the records say is no hit, one cell off is, and an older version is not judged.
 */
@WebIntegrationTest
@Transactional
class StatisticsMismatchCheckTest {

    @Autowired
    StatisticsMismatchCheck check;
    @Autowired
    SubtreeRollUp rollUp;
    @Autowired
    TableDefinitions definitions;
    @Autowired
    AnomalyStore store;
    @Autowired
    AuditSettings settings;
    @Autowired
    Organisations organisations;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers demo;

    private long version(long campaign, Organisation union, int number, SubtreeTables records, String offCell) {
        TableDefinition warmth = definitions.find(TableDefinitions.WARMTH).orElseThrow();
        long table = jdbc.sql("""
                insert into report_table (id, campaign_id, definition, organisation_id, status, created_at)
                values (nextval('report_table_seq'), :c, :d, :u, 'SUBMITTED', now())
                on conflict (campaign_id, definition, organisation_id) do update set status = excluded.status
                returning id
                """).param("c", campaign).param("d", warmth.code()).param("u", union.getId()).query(Long.class).single();
        long version = jdbc.sql("""
                insert into report_version (id, table_id, number, sha256, submitted_by, submitted_at, late)
                values (nextval('report_version_seq'), :t, :n, repeat('a', 64), :by, now(), false) returning id
                """).param("t", table).param("n", number).param("by", demo.userId("clerk")).query(Long.class).single();
        for (String cell : warmth.cells().keySet()) {
            BigDecimal total = records.total(union.getId(), warmth.code(), cell);
            jdbc.sql("""
                    insert into report_version_cell (version_id, cell, total, own, children, manual)
                    values (:v, :cell, :total, :total, 0, false)
                    """).param("v", version).param("cell", cell)
                    .param("total", cell.equals(offCell) ? total.add(BigDecimal.valueOf(5)) : total).update();
        }
        return table;
    }

    @Test // R-ANOM-25
    void aSubmittedTableThatDiffersFromTheRecordsIsAHitWithTheCellsNamed() {
        TreeFixtures tree = new TreeFixtures(organisations);
        Organisation city = tree.root("统计市", OrganisationType.CITY, "330100");
        Organisation county = tree.child(city, "统计区", OrganisationType.COUNTY, "330106");
        Organisation base = tree.child(county, "统计基层", OrganisationType.BASE, "330106");
        em.flush();
        long campaign = jdbc.sql("""
                insert into campaign (id, name, year, starts_on, ends_on, organisation_id, reporting_deadline, created_by,
                                      created_at)
                values (nextval('campaign_seq'), :name, 2026, date '2026-11-01', date '2027-02-28', :u, date '2027-03-10',
                        :by, now()) returning id
                """).param("name", "统计" + UUID.randomUUID()).param("u", city.getId()).param("by", demo.userId("clerk"))
                .query(Long.class).single();
        TableDefinition warmth = definitions.find(TableDefinitions.WARMTH).orElseThrow();
        String cell = warmth.cells().keySet().iterator().next();
        SubtreeTables records = rollUp.rollUp(city.getId(), campaign, List.of(warmth));
        version(campaign, county, 1, records, cell);
        version(campaign, county, 2, records, null);
        long off = version(campaign, base, 1, records, cell);
        long run = store.nextRunId();
        store.addRun(run, city.getId(), city.path(), null, Instant.now(), LocalDate.of(2026, 12, 3), settings.current(),
                1);

        int stored = check.run(new RunContext(run, city.path(), LocalDate.of(2026, 12, 3), settings.current()));

        List<Hit> hits = store.hits(run, city.path(), null, true, PageRequest.of(0, 10)).getContent();
        assertThat(stored).isEqualTo(1);
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.unionId()).isEqualTo(base.getId());
            assertThat(hit.records()).extracting(Object::toString).containsExactly("report_table/" + off);
            assertThat(hit.evidence()).containsEntry("cellsDiffering", BigDecimal.ONE)
                    .containsEntry("form", warmth.title());
            assertThat(hit.evidence().get("differences").toString()).contains(warmth.label(cell));
        });
    }
}
