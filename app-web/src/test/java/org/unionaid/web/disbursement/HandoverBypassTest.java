package org.unionaid.web.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.assistance.Delegation;
import org.unionaid.domain.assistance.Visit;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.BatchLine;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.Goods;
import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.security.Actor;
import org.unionaid.reporting.statistics.ReportTable;
import org.unionaid.reporting.statistics.StatisticsReports;
import org.unionaid.reporting.table.TableDefinitions;
import org.unionaid.web.shared.MovableClock;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.InPerson;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * The ways round the in-person rules a new user found through ordinary pages (issue 15), tried again as the
 * district's finance officer: cash handed out in the office with no visit and no signed roster, handed over on
 * another delegation's visit, goods bought from donations, goods with no quantity or value. Specifies R-HAND-01,
 * R-HAND-02, R-HAND-03 and R-HAND-04 through the pages, and PostgreSQL's fence behind each.
 */
@WebIntegrationTest
@Transactional
class HandoverBypassTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    FundIntake intake;

    @Autowired
    Disbursement disbursement;

    @Autowired
    ApprovedFiles files;

    @Autowired
    InPerson inPerson;

    @Autowired
    Ledger ledger;

    @Autowired
    StatisticsReports reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    /**
     * The district's campaign: 500 元 condolence for 深度困难 from own funds, matching money or unit donations, with
     * 5,000 of its own funds received (a campaign spends only its own money, R-FUND-01).
     */
    private Campaign campaign() {
        LocalDate today = LocalDate.now(clock);
        Campaign campaign = campaigns.create(demo.actor("approver"), new CampaignDraft("现场发放" + UUID.randomUUID(),
                today.getYear(), today.minusDays(7), today.plusDays(30), today.plusDays(40), null,
                Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "500")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS, FundSource.MATCHING,
                        FundSource.UNIT_DONATION, FundSource.PERSONAL_DONATION))));
        intake.record(demo.actor("finance"), new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, "5000", today, "XC-" + campaign.id(), null, null, null));
        return campaign;
    }

    /** An approved batch of the district paying this one household, from its own funds. */
    private BatchLine approvedLine(Campaign campaign, HardshipFile worker, PaymentMethod method, Goods goods) {
        Actor finance = demo.actor("finance");
        Batch batch = disbursement.create(finance, campaign.id(), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                method, goods);
        disbursement.fill(finance, batch.id(), HardshipCategory.DEEP, null);
        disbursement.lines(finance, batch.id()).stream().filter(l -> l.fileId() != worker.getId())
                .forEach(other -> disbursement.removeLine(finance, other.id()));
        disbursement.approve(demo.actor("approver"), batch.id());
        return line(batch.id());
    }

    private BatchLine line(long batchId) {
        return disbursement.lines(demo.actor("finance"), batchId).get(0);
    }

    private ResultActions handOver(BatchLine line, Delegation delegation) throws Exception {
        return mvc.perform(post("/batches/{id}/handover", line.batchId()).with(demo.as("finance")).with(csrf())
                .param("line", String.valueOf(line.id())).param("delegation", String.valueOf(delegation.id())));
    }

    private ResultActions createGoodsBatch(Campaign campaign, FundSource source, String item, String quantity,
            String unit) throws Exception {
        return mvc.perform(post("/batches").with(demo.as("finance")).with(csrf())
                .param("campaign", String.valueOf(campaign.id())).param("source", source.name())
                .param("purpose", "CONDOLENCE").param("method", "GOODS").param("goods", item)
                .param("goodsQuantity", quantity).param("goodsUnit", unit));
    }

    private long batchesOf(Campaign campaign) {
        return jdbc.sql("select count(*) from disbursement_batch where campaign_id = :c").param("c", campaign.id())
                .query(Long.class).single();
    }

    private Money disbursed() {
        return ledger.balance(demo.organisationId("ZJ-HZ-XH"), AccountKind.DISBURSED, FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE);
    }

    // R-HAND-01
    @Test
    void cashHandedOutInTheOfficeWithNoVisitIsRefused() throws Exception {
        HardshipFile worker = files.approvedWithCard("办公室甲", FileLevel.COUNTY);
        BatchLine line = approvedLine(campaign(), worker, PaymentMethod.CASH, null);
        Delegation delegation = inPerson.districtDelegation("周晓燕");
        inPerson.signedRoster(line.batchId());
        Money before = disbursed();

        handOver(line, delegation).andExpect(flash().attribute("error", "handover.refused.noVisit"));
        // The old form: a name and a day typed in the office.
        mvc.perform(post("/batches/{id}/handover", line.batchId()).with(demo.as("finance")).with(csrf())
                        .param("line", String.valueOf(line.id())).param("handedBy", "周晓燕")
                        .param("handedOn", LocalDate.now(clock).toString()))
                .andExpect(flash().attribute("error", "handover.delegation.required"));

        assertThat(line(line.batchId()).status()).isEqualTo(LineStatus.PENDING);
        assertThat(disbursed()).isEqualTo(before);
        // PostgreSQL's fence: a handover row that names no visit.
        assertThatThrownBy(() -> jdbc.sql("""
                insert into disbursement_handover (line_id, handed_by, handed_on, entry_id, recorded_by, recorded_at)
                values (:line, '周晓燕', current_date, 1, :by, now())
                """).param("line", line.id()).param("by", demo.userId("finance")).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("R-HAND-01");
    }

    // R-HAND-01
    @Test
    void aVisitByAnotherDelegationOrByAnotherUnionsDelegationDoesNotCount() throws Exception {
        HardshipFile worker = files.approvedWithCard("别团甲", FileLevel.COUNTY);
        BatchLine line = approvedLine(campaign(), worker, PaymentMethod.CASH, null);
        Delegation visited = inPerson.districtDelegation("周晓燕");
        Delegation other = inPerson.districtDelegation("刘强");
        LocalDate visitDay = LocalDate.now(clock).minusDays(1);
        inPerson.homeVisit(visited, worker.getId(), visitDay);
        inPerson.signedRoster(line.batchId());

        handOver(line, other).andExpect(flash().attribute("error", "handover.refused.noVisit"))
                .andExpect(flash().attribute("errorArgs", new Object[] {"别团甲", "刘强", other.startsOn()}));
        // The tea company's own delegation visits the household too, but the money is the district's.
        Delegation teaCompanys = inPerson.delegationOf(demo.actor("clerk"), "王芳");
        inPerson.homeVisit(teaCompanys, worker.getId(), visitDay);
        handOver(line, teaCompanys).andExpect(flash().attribute("error", "handover.refused.otherUnionsDelegation"));
        assertThat(line(line.batchId()).status()).isEqualTo(LineStatus.PENDING);

        handOver(line, visited).andExpect(flash().attribute("success", "handover.recorded"));
        assertThat(line(line.batchId()).status()).isEqualTo(LineStatus.PAID);
        assertThat(jdbc.sql("select handed_on from disbursement_handover where line_id = :l").param("l", line.id())
                .query(LocalDate.class).single()).as("the visit's day").isEqualTo(visitDay);
    }

    // R-HAND-03
    @Test
    void goodsBoughtFromUnitOrPersonalDonationsAreRefused() throws Exception {
        Campaign campaign = campaign();

        createGoodsBatch(campaign, FundSource.UNIT_DONATION, "大米", "1", "袋")
                .andExpect(flash().attribute("error", "payment.refused.goodsNotFromUnionMoney"));
        createGoodsBatch(campaign, FundSource.PERSONAL_DONATION, "大米", "1", "袋")
                .andExpect(flash().attribute("error", "payment.refused.goodsNotFromUnionMoney"));
        assertThat(batchesOf(campaign)).isZero();
        // The donation itself goes to the households as money.
        mvc.perform(post("/batches").with(demo.as("finance")).with(csrf())
                        .param("campaign", String.valueOf(campaign.id())).param("source", "UNIT_DONATION")
                        .param("purpose", "CONDOLENCE").param("method", "CASH"))
                .andExpect(flash().attribute("success", "batch.created"));
        createGoodsBatch(campaign, FundSource.MATCHING, "大米", "1", "袋")
                .andExpect(flash().attribute("success", "batch.created"));
        createGoodsBatch(campaign, FundSource.OWN_UNION_FUNDS, "大米", "1", "袋")
                .andExpect(flash().attribute("success", "batch.created"));
        assertThat(batchesOf(campaign)).isEqualTo(3);
        // PostgreSQL's fence: a goods batch from unit donations written past the application.
        assertThatThrownBy(() -> jdbc.sql("""
                insert into disbursement_batch (id, campaign_id, paying_union_id, source, purpose, method, goods,
                                                goods_quantity, goods_unit, status, created_by, created_at)
                values (nextval('disbursement_batch_seq'), :c, :u, 'UNIT_DONATION', 'CONDOLENCE', 'GOODS', '大米', 1, '袋',
                        'DRAFT', :by, now())
                """).param("c", campaign.id()).param("u", demo.organisationId("ZJ-HZ-XH"))
                .param("by", demo.userId("finance")).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("R-HAND-03");
    }

    // R-HAND-04
    @Test
    void aGoodsLineWithoutQuantityOrValueIsRefused() throws Exception {
        Campaign campaign = campaign();
        HardshipFile worker = files.approvedWithCard("大米甲", FileLevel.COUNTY);

        createGoodsBatch(campaign, FundSource.OWN_UNION_FUNDS, "大米", "", "")
                .andExpect(flash().attribute("error", "goods.quantity.invalid"));
        createGoodsBatch(campaign, FundSource.OWN_UNION_FUNDS, "大米", "两", "袋")
                .andExpect(flash().attribute("error", "goods.quantity.invalid"));
        createGoodsBatch(campaign, FundSource.OWN_UNION_FUNDS, "大米", "2", "")
                .andExpect(flash().attribute("error", "goods.unit.required"));
        assertThat(batchesOf(campaign)).isZero();

        HardshipFile oil = files.approvedWithCard("食用油乙", FileLevel.COUNTY);
        BatchLine line = approvedLine(campaign, worker, PaymentMethod.GOODS, Goods.of("东北大米 10kg 装", 2, "袋"));
        long draft = disbursement.create(demo.actor("finance"), campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, PaymentMethod.GOODS, Goods.of("食用油", 1, "桶")).id();
        disbursement.fill(demo.actor("finance"), draft, HardshipCategory.DEEP, null);
        BatchLine oilLine = disbursement.lines(demo.actor("finance"), draft).stream()
                .filter(l -> l.fileId() == oil.getId()).findFirst().orElseThrow();
        Map<String, String> refusals = Map.of("0", "funds.amount.required", "", "money.notANumber",
                "12.345", "money.tooPrecise");
        for (Map.Entry<String, String> value : refusals.entrySet()) {
            mvc.perform(post("/batches/{id}/lines/{line}", draft, oilLine.id()).with(demo.as("finance")).with(csrf())
                            .param("amount", value.getKey()).param("reason", "按发票价"))
                    .andExpect(flash().attribute("error", value.getValue()));
        }
        assertThat(disbursement.lines(demo.actor("finance"), draft)).filteredOn(l -> l.id() == oilLine.id())
                .extracting(BatchLine::amount).as("each household's value stays, to the fen")
                .containsExactly(Money.yuan("500"));

        mvc.perform(get("/batches/{id}", line.batchId()).with(demo.as("finance")))
                .andExpect(content().string(containsString("实物：东北大米 10kg 装，每户 2 袋")));
        byte[] roster = mvc.perform(get("/batches/{id}/roster.pdf", line.batchId()).with(demo.as("finance")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(roster)) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains("大米甲", "东北大米10kg装2袋", "价值（元）", "500.00");
        }
        byte[] workbook = mvc.perform(get("/batches/{id}/roster.xlsx", line.batchId()).with(demo.as("finance")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Row household = null;
            for (Row row : book.getSheetAt(0)) {
                if (row.getCell(1) != null && "大米甲".equals(row.getCell(1).getStringCellValue())) {
                    household = row;
                }
            }
            assertThat(household).isNotNull();
            assertThat(household.getCell(5).getStringCellValue()).isEqualTo("东北大米 10kg 装 2 袋");
            assertThat(household.getCell(6).getNumericCellValue()).isEqualTo(500.0);
        }
        // PostgreSQL's fence: a goods batch with its item alone.
        assertThatThrownBy(() -> jdbc.sql("""
                insert into disbursement_batch (id, campaign_id, paying_union_id, source, purpose, method, goods, status,
                                                created_by, created_at)
                values (nextval('disbursement_batch_seq'), :c, :u, 'OWN_UNION_FUNDS', 'CONDOLENCE', 'GOODS', '大米',
                        'DRAFT', :by, now())
                """).param("c", campaign.id()).param("u", demo.organisationId("ZJ-HZ-XH"))
                .param("by", demo.userId("finance")).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("R-HAND-04");
    }

    // R-HAND-02
    @Test
    void aCashBatchIsNotCompletedWithoutTheSignedRosterScan() throws Exception {
        HardshipFile worker = files.approvedWithCard("签名甲", FileLevel.COUNTY);
        BatchLine line = approvedLine(campaign(), worker, PaymentMethod.CASH, null);
        Delegation delegation = inPerson.districtDelegation("周晓燕");
        LocalDate visitDay = LocalDate.now(clock).minusDays(2);
        Visit visit = inPerson.homeVisit(delegation, worker.getId(), visitDay);

        mvc.perform(get("/batches/{id}", line.batchId()).with(demo.as("finance")))
                .andExpect(content().string(containsString("已交付 0 / 1 户，尚未发放完毕。")))
                .andExpect(content().string(containsString("尚缺：职工签名的花名册扫描件")));
        handOver(line, delegation).andExpect(flash().attribute("error", "handover.refused.noSignedRoster"));
        // A roster scanned the day before the visit cannot hold the signature given on it.
        try (MovableClock.Moved before = clock.moveTo(visitDay.minusDays(1))) {
            inPerson.signedRoster(line.batchId());
        }
        handOver(line, delegation).andExpect(flash().attribute("error", "handover.refused.noSignedRoster"));
        assertThat(line(line.batchId()).status()).isEqualTo(LineStatus.PENDING);

        mvc.perform(multipart("/batches/{id}/scans", line.batchId()).file(new MockMultipartFile("scan",
                "签字花名册.pdf", "application/pdf", InPerson.SIGNED_ROSTER)).with(demo.as("finance")).with(csrf()))
                .andExpect(flash().attribute("success", "scan.uploaded"));
        handOver(line, delegation).andExpect(flash().attribute("success", "handover.recorded"));

        assertThat(line(line.batchId()).status()).isEqualTo(LineStatus.PAID);
        assertThat(jdbc.sql("select visit_id from disbursement_handover where line_id = :l").param("l", line.id())
                .query(Long.class).single()).isEqualTo(visit.getId());
        mvc.perform(get("/batches/{id}", line.batchId()).with(demo.as("approver")))
                .andExpect(content().string(containsString("1 户全部交付，签字花名册已存档，发放完毕。")));
    }

    // R-HAND-02
    @Test
    void postgresRefusesAHandoverRowWithoutARosterScannedAfterTheVisit() {
        HardshipFile worker = files.approvedWithCard("签名乙", FileLevel.COUNTY);
        BatchLine line = approvedLine(campaign(), worker, PaymentMethod.CASH, null);
        Delegation delegation = inPerson.districtDelegation("周晓燕");
        Visit visit = inPerson.homeVisit(delegation, worker.getId(), LocalDate.now(clock));

        assertThatThrownBy(() -> jdbc.sql("""
                insert into disbursement_handover (line_id, visit_id, handed_by, handed_on, entry_id, recorded_by,
                                                   recorded_at)
                values (:line, :visit, '周晓燕', :on, 1, :by, now())
                """).param("line", line.id()).param("visit", visit.getId()).param("on", visit.getVisitedOn())
                .param("by", demo.userId("finance")).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("R-HAND-02");
    }

    // R-HAND-04
    @Test
    void goodsHandedOverCountAtTheirValueInTheWarmthTablesGoodsRow() throws Exception {
        Campaign campaign = campaign();
        HardshipFile worker = files.approvedWithCard("折款甲", FileLevel.COUNTY);
        Actor finance = demo.actor("finance");
        Batch batch = disbursement.create(finance, campaign.id(), FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE,
                PaymentMethod.GOODS, Goods.of("大米", 2, "袋"));
        disbursement.fill(finance, batch.id(), HardshipCategory.DEEP, null);
        disbursement.lines(finance, batch.id()).stream().filter(l -> l.fileId() != worker.getId())
                .forEach(other -> disbursement.removeLine(finance, other.id()));
        disbursement.editLine(finance, line(batch.id()).id(), "388.50", "两袋大米按发票价");
        disbursement.approve(demo.actor("approver"), batch.id());
        Delegation delegation = inPerson.districtDelegation("周晓燕");
        inPerson.homeVisit(delegation, worker.getId(), LocalDate.now(clock));
        inPerson.signedRoster(batch.id());

        handOver(line(batch.id()), delegation).andExpect(flash().attribute("success", "handover.recorded"));

        ReportTable district = reports.view(demo.actor("approver"), campaign.id(), TableDefinitions.WARMTH,
                demo.organisationId("ZJ-HZ-XH"));
        assertThat(district.cell("helped.total.goodsHouseholds").total()).isEqualByComparingTo("1");
        assertThat(district.cell("helped.total.goodsValue").total()).isEqualByComparingTo("388.50");
        assertThat(district.cell("helped.deep.goodsValue").total()).isEqualByComparingTo("388.50");
        assertThat(district.cell("helped.total.cashAmount").total()).isEqualByComparingTo("0");
    }
}
