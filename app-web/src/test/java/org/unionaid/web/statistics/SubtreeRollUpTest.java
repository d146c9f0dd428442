package org.unionaid.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.reporting.table.CellSource;
import org.unionaid.reporting.table.MeasureFacts;
import org.unionaid.reporting.table.Measures;
import org.unionaid.reporting.table.SubtreeRollUp;
import org.unionaid.reporting.table.SubtreeTables;
import org.unionaid.reporting.table.TableDefinition;
import org.unionaid.reporting.table.TableDefinitions;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Every union's tables of a subtree computed bottom-up from records written here for a campaign of
 * 2001/02, a period no demo record touches, so every expected figure below is counted by hand:
 * 龙井茶业 (LJ) and 高校后勤 (HQ) under 西湖区 (XH), under 杭州 (HZ), under 浙江 (ZJ).
 */
@WebIntegrationTest
@Transactional
class SubtreeRollUpTest {

    private static final String W = TableDefinitions.WARMTH;
    private static final String C = TableDefinitions.CENTRE;

    @Autowired
    SubtreeRollUp rollUp;

    @Autowired
    Measures measures;

    @Autowired
    TableDefinitions definitions;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private long zj;
    private long hz;
    private long xh;
    private long lj;
    private long hq;
    private long campaign;
    private long clerk;
    private long approver;

    private void records() {
        zj = demo.organisationId("ZJ");
        hz = demo.organisationId("ZJ-HZ");
        xh = demo.organisationId("ZJ-HZ-XH");
        lj = demo.organisationId("ZJ-HZ-XH-LJ");
        hq = demo.organisationId("ZJ-HZ-XH-HQ");
        clerk = demo.userId("clerk");
        approver = demo.userId("approver");
        campaign = jdbc.sql("""
                insert into campaign (id, name, year, starts_on, ends_on, organisation_id, reporting_deadline,
                                      created_by, created_at)
                values (nextval('campaign_seq'), '2002年送温暖（汇总测试）', 2002, date '2001-12-01', date '2002-02-28',
                        :zj, date '2002-03-15', :clerk, now())
                returning id
                """).param("zj", zj).param("clerk", clerk).query(Long.class).single();

        // LJ: deep, approved before the period, open; relative, approved in it; accident, approved
        // before it and exited in it. HQ: suggested deep, confirmed relative, approved the day before.
        long deep = file(lj, "DEEP", null, "2001-06-01", null);
        long relative = file(lj, "RELATIVE", null, "2002-01-10", null);
        long exited = file(lj, "ACCIDENT", null, "2001-03-01", "2002-01-20");
        long confirmed = file(hq, "DEEP", "RELATIVE", "2001-11-30", null);

        long living = batch(xh, "LIVING", "BANK_TRANSFER");
        line(living, deep, "300.00", "PAID");
        line(living, relative, "200.50", "PAID");
        long gifts = batch(lj, "CONDOLENCE", "GOODS");
        line(gifts, deep, "150.00", "PAID");
        line(gifts, exited, "100.00", "PAID");
        line(batch(lj, "CONDOLENCE", "CASH"), relative, "80.00", "PAID");
        long medical = batch(hq, "MEDICAL", "CASH");
        line(medical, confirmed, "500.00", "PAID");
        line(batch(hq, "EDUCATION", "BANK_TRANSFER"), confirmed, "999.00", "FAILED");

        receipt(zj, "CENTRAL_SPECIAL", "10000.00");
        receipt(xh, "OWN_UNION_FUNDS", "2000.00");
        receipt(xh, "PARTY_DUES", "500.00");
        receipt(lj, "UNIT_DONATION", "1000.00");
        receipt(hq, "PERSONAL_DONATION", "200.00");

        visit(lj, deep, "2001-12-20");
        visit(lj, deep, "2002-01-25");
        visit(lj, exited, "2002-01-05");
        visit(xh, relative, "2002-02-01");
        visit(hq, confirmed, "2001-11-01");
        groupVisit(lj, "AT_POST", 12);
        groupVisit(xh, "MEAL_AT_SITE", 30);
        groupVisit(hq, "OTHER", 5);

        long table = jdbc.sql("""
                insert into report_table (id, campaign_id, definition, organisation_id, status, created_at)
                values (nextval('report_table_seq'), :campaign, :definition, :union, 'DRAFT', now()) returning id
                """).param("campaign", campaign).param("definition", W).param("union", lj).query(Long.class).single();
        jdbc.sql("""
                insert into report_manual_cell (table_id, cell, value, note, entered_by, entered_at)
                values (:table, 'others.models.people', 3, '劳模办名单', :clerk, now())
                """).param("table", table).param("clerk", clerk).update();
    }

    @Test
    void eachUnionsCellsAreItsOwnFiguresPlusItsChildrensTotals() {
        records();
        SubtreeTables tables = rollUp.rollUp(zj, campaign, definitions.all());

        // 龙井茶业's own: goods to the deep and the exited household, cash to the relative one
        expect(tables, lj, W, Map.ofEntries(Map.entry("raised.total.amount", "1000.00"),
                Map.entry("raised.unit.amount", "1000.00"), Map.entry("helped.total.cashHouseholds", "1"),
                Map.entry("helped.total.cashAmount", "80.00"), Map.entry("helped.total.goodsHouseholds", "2"),
                Map.entry("helped.total.goodsValue", "250.00"), Map.entry("helped.total.visited", "2"),
                Map.entry("helped.deep.goodsHouseholds", "1"), Map.entry("helped.deep.goodsValue", "150.00"),
                Map.entry("helped.deep.visited", "1"), Map.entry("helped.relative.cashHouseholds", "1"),
                Map.entry("helped.relative.cashAmount", "80.00"), Map.entry("helped.accident.goodsHouseholds", "1"),
                Map.entry("helped.accident.goodsValue", "100.00"), Map.entry("helped.accident.visited", "1"),
                Map.entry("others.frontline.people", "12"), Map.entry("others.models.people", "3")));
        expect(tables, lj, C, Map.of("files.start.total", "2", "files.start.deep", "1", "files.start.accident", "1",
                "files.opened.total", "1", "files.opened.relative", "1", "files.exited.total", "1",
                "files.exited.accident", "1", "files.end.total", "2", "files.end.deep", "1", "files.end.relative", "1"));
        // 高校后勤: its confirmed category counts, the failed line and the visit before the period do not
        expect(tables, hq, W, Map.of("raised.total.amount", "200.00", "raised.person.amount", "200.00",
                "helped.total.cashHouseholds", "1", "helped.total.cashAmount", "500.00",
                "helped.relative.cashHouseholds", "1", "helped.relative.cashAmount", "500.00"));
        expect(tables, hq, C, Map.of("files.start.total", "1", "files.start.relative", "1", "files.end.total", "1",
                "files.end.relative", "1", "assisted.medical.people", "1", "assisted.medical.amount", "500.00"));

        // 西湖区: its own bank transfers and visit, plus both children (a household helped by two unions
        // counts in each union's table, as the reported tables add up)
        expect(tables, xh, W, Map.ofEntries(Map.entry("raised.total.amount", "3700.00"),
                Map.entry("raised.union.amount", "2500.00"), Map.entry("raised.unit.amount", "1000.00"),
                Map.entry("raised.person.amount", "200.00"), Map.entry("helped.total.cashHouseholds", "4"),
                Map.entry("helped.total.cashAmount", "1080.50"), Map.entry("helped.total.goodsHouseholds", "2"),
                Map.entry("helped.total.goodsValue", "250.00"), Map.entry("helped.total.visited", "3"),
                Map.entry("helped.deep.cashHouseholds", "1"), Map.entry("helped.deep.cashAmount", "300.00"),
                Map.entry("helped.deep.goodsHouseholds", "1"), Map.entry("helped.deep.goodsValue", "150.00"),
                Map.entry("helped.deep.visited", "1"), Map.entry("helped.relative.cashHouseholds", "3"),
                Map.entry("helped.relative.cashAmount", "780.50"), Map.entry("helped.relative.visited", "1"),
                Map.entry("helped.accident.goodsHouseholds", "1"), Map.entry("helped.accident.goodsValue", "100.00"),
                Map.entry("helped.accident.visited", "1"), Map.entry("others.frontline.people", "42"),
                Map.entry("others.models.people", "3")));
        expect(tables, xh, C, Map.ofEntries(Map.entry("files.start.total", "3"), Map.entry("files.start.deep", "1"),
                Map.entry("files.start.relative", "1"), Map.entry("files.start.accident", "1"),
                Map.entry("files.opened.total", "1"), Map.entry("files.opened.relative", "1"),
                Map.entry("files.exited.total", "1"), Map.entry("files.exited.accident", "1"),
                Map.entry("files.end.total", "3"), Map.entry("files.end.deep", "1"),
                Map.entry("files.end.relative", "2"), Map.entry("assisted.living.people", "2"),
                Map.entry("assisted.living.amount", "500.50"), Map.entry("assisted.medical.people", "1"),
                Map.entry("assisted.medical.amount", "500.00")));
        assertThat(tables.own(xh, W, "helped.total.cashAmount")).isEqualByComparingTo("500.50");
        assertThat(tables.table(xh, W).get("helped.total.cashAmount").children()).isEqualByComparingTo("580.00");

        // 杭州 has nothing of its own; the province adds its central special money
        assertThat(tables.totals(hz, W)).isEqualTo(tables.totals(xh, W));
        assertThat(tables.totals(hz, C)).isEqualTo(tables.totals(xh, C));
        assertThat(tables.total(zj, W, "raised.total.amount")).isEqualTo(new BigDecimal("13700.00"));
        assertThat(tables.total(zj, W, "raised.finance.amount")).isEqualTo(new BigDecimal("10000.00"));
        assertThat(tables.total(zj, W, "helped.total.cashAmount")).isEqualTo(new BigDecimal("1080.50"));
        assertThat(tables.total(zj, C, "files.end.total")).isEqualTo(new BigDecimal("3"));
        assertThat(tables.contains(demo.organisationId("ZJ-NB"))).isTrue();
        assertThat(tables.totals(demo.organisationId("ZJ-NB"), W).values()).allSatisfy(v -> assertThat(v).isZero());
    }

    @Test
    void aUnionsOwnFiguresAreThoseItsOwnTableComputesAndASubtreeRollsUpAlone() {
        records();
        SubtreeTables province = rollUp.rollUp(zj, campaign, definitions.all());
        SubtreeTables district = rollUp.rollUp(xh, campaign, List.of(definitions.find(C).orElseThrow()));

        for (long union : new long[] {zj, xh, lj, hq}) {
            MeasureFacts facts = measures.of(union, campaign, LocalDate.of(2001, 12, 1), LocalDate.of(2002, 2, 28));
            for (TableDefinition definition : definitions.all()) {
                definition.cells().values().stream().filter(cell -> !cell.manual()).forEach(cell -> assertThat(
                        province.own(union, definition.code(), cell.key())).as(union + " " + cell.key())
                        .isEqualTo(cell.kind().normalise(facts.value((CellSource.Measure) cell.source()))));
            }
        }
        assertThat(district.unionIds()).startsWith(xh).hasSize(4).doesNotContain(zj, hz);
        assertThat(district.totals(xh, C)).isEqualTo(province.totals(xh, C));
        assertThat(district.contains(hz)).isFalse();
    }

    /** Outside a transaction two connections read one snapshot: the same tables as one connection gives. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void outsideATransactionTheTwoConnectionsGiveWhatOneGives() {
        long zj = demo.organisationId("ZJ");
        long demoCampaign = jdbc.sql("select min(id) from campaign").query(Long.class).single();
        TransactionTemplate oneConnection = new TransactionTemplate(transactions);
        oneConnection.setReadOnly(true);

        SubtreeTables apart = rollUp.rollUp(zj, demoCampaign, definitions.all());
        SubtreeTables together = oneConnection.execute(status -> rollUp.rollUp(zj, demoCampaign, definitions.all()));

        assertThat(apart.unionIds()).containsExactly(together.unionIds());
        for (long union : apart.unionIds()) {
            for (TableDefinition definition : definitions.all()) {
                assertThat(apart.table(union, definition.code())).isEqualTo(together.table(union, definition.code()));
            }
        }
        assertThat(apart.total(zj, W, "raised.total.amount")).isPositive();
    }

    private void expect(SubtreeTables tables, long union, String definition, Map<String, String> nonZero) {
        Map<String, TableDefinition.Cell> cells = definitions.find(definition).orElseThrow().cells();
        assertThat(cells.keySet()).containsAll(nonZero.keySet());
        // every other cell is zero, at its kind's scale
        tables.table(union, definition).forEach((key, figures) -> assertThat(figures.total()).as(union + " " + key)
                .isEqualTo(nonZero.containsKey(key) ? new BigDecimal(nonZero.get(key))
                        : cells.get(key).kind().normalise(BigDecimal.ZERO)));
    }

    private long file(long union, String suggested, String confirmed, String approvedOn, String exitedOn) {
        long id = jdbc.sql("""
                insert into hardship_file (id, organisation_id, status, worker_name, worker_id_sealed, worker_id_index,
                                           worker_id_masked, gender, birth_date, created_by, created_at, updated_at,
                                           suggested_category, confirmed_category, category_reason, exit_reason,
                                           closing_note, closed_on)
                values (nextval('hardship_file_seq'), :union, :status, '汇总测试', '\\x00'::bytea,
                        sha256(random()::text::bytea), '330106********0000', 'MALE', date '1975-05-05', :clerk,
                        now(), now(), :suggested, :confirmed, case when :confirmed <> :suggested then '入户核实' end,
                        case when :closed::date is not null then 'RE_EMPLOYED' end,
                        case when :closed::date is not null then '再就业' end, :closed::date)
                returning id
                """).param("union", union).param("status", exitedOn == null ? "APPROVED" : "EXITED")
                .param("clerk", clerk).param("suggested", suggested).param("confirmed", confirmed)
                .param("closed", exitedOn).query(Long.class).single();
        jdbc.sql("""
                insert into file_history (file_id, occurred_at, actor_id, actor_name, action)
                values (:file, :at, :approver, '刘强', 'APPROVED')
                """).param("file", id).param("at", OffsetDateTime.of(LocalDate.parse(approvedOn).atTime(15, 0),
                        ZoneOffset.ofHours(8))).param("approver", approver).update();
        return id;
    }

    private long batch(long union, String purpose, String method) {
        return jdbc.sql("""
                insert into disbursement_batch (id, campaign_id, paying_union_id, source, purpose, method, goods,
                                                goods_quantity, goods_unit, status, created_by, created_at, approved_by,
                                                approved_at, commitment_entry)
                values (nextval('disbursement_batch_seq'), :campaign, :union, 'OWN_UNION_FUNDS', :purpose, :method,
                        case when :method = 'GOODS' then '米、油' end, case when :method = 'GOODS' then 1 end,
                        case when :method = 'GOODS' then '份' end, 'APPROVED', :clerk, now(), :approver, now(), 0)
                returning id
                """).param("campaign", campaign).param("union", union).param("purpose", purpose).param("method", method)
                .param("clerk", clerk).param("approver", approver).query(Long.class).single();
    }

    private void line(long batch, long file, String amount, String status) {
        jdbc.sql("""
                insert into disbursement_line (id, batch_id, campaign_id, purpose, file_id, amount, reference, status,
                                               created_at)
                select nextval('disbursement_line_seq'), b.id, b.campaign_id, b.purpose, :file, :amount,
                       'RT' || currval('disbursement_line_seq'), :status, now()
                  from disbursement_batch b where b.id = :batch
                """).param("batch", batch).param("file", file).param("amount", new BigDecimal(amount))
                .param("status", status).update();
    }

    private void receipt(long union, String source, String amount) {
        jdbc.sql("""
                insert into fund_receipt (id, organisation_id, campaign_id, source, purpose, amount, received_on,
                                          receipt_number, donor_kind, donor_name, entry_id, recorded_by, recorded_at)
                values (nextval('fund_receipt_seq'), :union, :campaign, :source, 'GENERAL', :amount, date '2001-12-05',
                        'RT-' || currval('fund_receipt_seq'),
                        case when :source like '%DONATION' then 'UNIT' end,
                        case when :source like '%DONATION' then '捐赠人' end, 0, :clerk, now())
                """).param("union", union).param("campaign", campaign).param("source", source)
                .param("amount", new BigDecimal(amount)).param("clerk", clerk).update();
    }

    private void visit(long union, long file, String on) {
        jdbc.sql("""
                insert into visit (id, organisation_id, file_id, visited_on, kind, visitors, created_by, created_at)
                values (nextval('visit_seq'), :union, :file, :on, 'HOME', '工会主席', :clerk, now())
                """).param("union", union).param("file", file).param("on", LocalDate.parse(on)).param("clerk", clerk)
                .update();
    }

    private void groupVisit(long union, String kind, int people) {
        jdbc.sql("""
                insert into visit (id, organisation_id, visited_on, kind, visitors, group_description, people_count,
                                   created_by, created_at)
                values (nextval('visit_seq'), :union, date '2002-01-15', :kind, '工会主席', '一线职工', :people, :clerk,
                        now())
                """).param("union", union).param("kind", kind).param("people", people).param("clerk", clerk).update();
    }
}
