package org.unionaid.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.BatchLine;
import org.unionaid.domain.assistance.Delegation;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.Goods;
import org.unionaid.domain.disbursement.Handover;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.reporting.ReportingRules;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.reporting.statistics.BoardStatus;
import org.unionaid.reporting.statistics.ChildReport;
import org.unionaid.reporting.statistics.RecordCheck;
import org.unionaid.reporting.statistics.ReportStatus;
import org.unionaid.reporting.statistics.ReportTable;
import org.unionaid.reporting.statistics.ReportVersion;
import org.unionaid.reporting.statistics.StatisticsReporting;
import org.unionaid.reporting.statistics.StatisticsWorkbook;
import org.unionaid.reporting.statistics.PeriodDraft;
import org.unionaid.reporting.statistics.ReportingPeriod;
import org.unionaid.reporting.statistics.ReportingPeriodAdministration;
import org.unionaid.reporting.statistics.SummaryWriting;
import org.unionaid.reporting.table.Row;
import org.unionaid.reporting.table.Section;
import org.unionaid.reporting.table.TableDefinition;
import org.unionaid.reporting.table.TableDefinitions;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.InPerson;
import org.unionaid.web.support.ReportingFixture;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * The 送温暖 table of a province-wide campaign rolled up the four levels of the demo tree, in a reporting period of
 * the province over days no other test starts a campaign on, in the first layout (a period of 2026): the tea
 * company (LJ) and the campus services (HQ) under 西湖区 (XH), under 杭州市 (HZ), under 浙江省 (ZJ).
 * Every expected figure is worked out by hand from the receipts, payments and manual entries below.
 */
@WebIntegrationTest
@Transactional
class StatisticsReportingTest {

    private static final String WARMTH = TableDefinitions.WARMTH;

    @Autowired
    StatisticsReporting reports;

    @Autowired
    RecordCheck recordCheck;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    FundIntake intake;

    @Autowired
    Disbursement disbursement;

    @Autowired
    Handover handover;

    @Autowired
    InPerson inPerson;

    @Autowired
    ApprovedFiles files;

    @Autowired
    Organisations organisations;

    @Autowired
    DemoUsers demo;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    SummaryWriting summaries;

    @Autowired
    ReportingPeriodAdministration periods;

    @Autowired
    ReportingFixture fixture;

    private LocalDate today;
    private ReportingPeriod period;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        period = fixture.period(2026, today.minusDays(13), today.minusDays(12), today.plusDays(40), 2);
    }

    /** Sends the union's table up with its written summary (R-STAT-03). */
    private ReportVersion submit(Actor actor) {
        summaries.saveText(actor, period.id(), "书面总结");
        return reports.submit(actor, period.id(), WARMTH);
    }

    /** Someone at a union with the given roles (the user row only answers "who", for the records). */
    private Actor at(String code, String login, Role... roles) {
        long id = demo.organisationId(code);
        return new Actor(demo.userId(login), login, id, organisations.findById(id).orElseThrow().path(), Set.of(roles),
                "127.0.0.1");
    }

    /** The province's campaign of the period: it starts on the period's first day. */
    private Campaign provinceCampaign() {
        return campaigns.create(at("ZJ", "admin", Role.APPROVER), new CampaignDraft("统计" + UUID.randomUUID(),
                today.getYear(), today.minusDays(13), today.plusDays(30), today.plusDays(40), null,
                Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "500")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS, FundSource.PARTY_DUES),
                        FundPurpose.LIVING, EnumSet.of(FundSource.LOCAL_FINANCE, FundSource.CENTRAL_SPECIAL))));
    }

    private void receive(Actor finance, Campaign campaign, FundSource source, FundPurpose purpose, String amount) {
        intake.record(finance, new ReceiptDraft(campaign.id(), source, purpose, amount, today,
                "SJ-" + UUID.randomUUID().toString().substring(0, 8), null, null, null));
        em.flush();
    }

    private ReportTable table(Actor actor, String code) {
        em.flush();
        return reports.view(actor, period.id(), WARMTH, demo.organisationId(code));
    }

    private static BigDecimal total(ReportTable table, String cell) {
        return table.cell(cell).total();
    }

    @Test
    void theRecordCheckShowsWhatAChildHasNotReportedAndWhatCameInAfterItsSnapshot() {
        Campaign campaign = provinceCampaign();
        Actor xhApprover = demo.actor("approver");
        long district = demo.organisationId("ZJ-HZ-XH");
        receive(demo.actor("lj.finance"), campaign, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "1000");
        receive(demo.actor("finance"), campaign, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "300");
        submit(demo.actor("clerk"));
        reports.accept(xhApprover, period.id(), WARMTH, demo.organisationId("ZJ-HZ-XH-LJ"));
        em.flush();

        RecordCheck.Comparison agreed = recordCheck.compare(xhApprover, period.id(), WARMTH, district);
        // (visits of the demo data in the period may differ; the money is this test's alone)
        assertThat(agreed.cells()).filteredOn(c -> c.key().startsWith("raised.")).isNotEmpty()
                .noneMatch(RecordCheck.Cell::differs);
        assertThat(cell(agreed, "raised.total.amount").reported()).isEqualByComparingTo("1300.00");

        // The campus union has not reported its 500; the tea company's 200 came after its snapshot.
        receive(at("ZJ-HZ-XH-HQ", "lj.finance", Role.FINANCE), campaign, FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, "500");
        receive(demo.actor("lj.finance"), campaign, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "200");
        RecordCheck.Comparison check = recordCheck.compare(xhApprover, period.id(), WARMTH, district);

        assertThat(cell(check, "raised.total.amount")).satisfies(cell -> {
            assertThat(cell.reported()).isEqualByComparingTo("1300.00");
            assertThat(cell.fromRecords()).isEqualByComparingTo("2000.00");
            assertThat(cell.difference()).isEqualByComparingTo("-700.00");
            assertThat(cell.label()).startsWith("一、").contains("合计");
        });
        assertThat(check.cells()).filteredOn(RecordCheck.Cell::differs).extracting(RecordCheck.Cell::key)
                .contains("raised.total.amount").doesNotContain("others.models.people");
        assertThatThrownBy(() -> recordCheck.compare(demo.actor("clerk"), period.id(), WARMTH, district))
                .isInstanceOf(OutsideScopeException.class);
    }

    private static RecordCheck.Cell cell(RecordCheck.Comparison comparison, String key) {
        return comparison.cells().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void eachLevelReportsItsOwnFiguresPlusItsAcceptedChildrenUpToTheProvince() throws Exception {
        Campaign campaign = provinceCampaign();
        Actor ljClerk = demo.actor("clerk");
        Actor hqClerk = at("ZJ-HZ-XH-HQ", "clerk", Role.CLERK);
        Actor xhApprover = demo.actor("approver");
        Actor hzApprover = at("ZJ-HZ", "hz.admin", Role.APPROVER);
        Actor zjApprover = at("ZJ", "admin", Role.APPROVER);

        // Money received at each level.
        receive(demo.actor("lj.finance"), campaign, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "1000");
        receive(at("ZJ-HZ-XH-HQ", "lj.finance", Role.FINANCE), campaign, FundSource.PARTY_DUES, FundPurpose.CONDOLENCE,
                "500");
        receive(demo.actor("finance"), campaign, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "1000000");
        receive(demo.actor("finance"), campaign, FundSource.LOCAL_FINANCE, FundPurpose.LIVING, "10000");
        receive(at("ZJ-HZ", "hz.admin", Role.FINANCE), campaign, FundSource.CENTRAL_SPECIAL, FundPurpose.LIVING,
                "20000");
        // The district hands one household of the tea company a 500-yuan parcel (goods at value).
        HardshipFile worker = files.approvedWithCard("统计甲", FileLevel.COUNTY);
        Batch batch = disbursement.create(demo.actor("finance"), campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, PaymentMethod.GOODS, Goods.of("米、油礼包", 1, "份"));
        disbursement.fill(demo.actor("finance"), batch.id(), HardshipCategory.DEEP, null);
        disbursement.approve(xhApprover, batch.id());
        BatchLine line = disbursement.lines(demo.actor("finance"), batch.id()).stream()
                .filter(l -> l.fileId() == worker.getId()).findFirst().orElseThrow();
        Delegation delegation = inPerson.districtDelegation("周晓燕");
        inPerson.homeVisit(delegation, worker.getId(), today);
        inPerson.signedRoster(batch.id());
        handover.handOver(demo.actor("finance"), line.id(), delegation.id(), null);
        // Figures no record gives: model workers visited, entered by hand with their source.
        reports.enterManual(ljClerk, period.id(), WARMTH, "others.models.people", "3", "劳模办名单");
        reports.enterManual(hqClerk, period.id(), WARMTH, "others.models.people", "2", "劳模办名单");

        ReportVersion ljVersion = submit(ljClerk);
        reports.accept(xhApprover, period.id(), WARMTH, demo.organisationId("ZJ-HZ-XH-LJ"));
        submit(hqClerk);
        reports.returnTable(xhApprover, period.id(), WARMTH, demo.organisationId("ZJ-HZ-XH-HQ"), "劳模人数与名单不符");

        ReportTable district = table(xhApprover, "ZJ-HZ-XH");
        assertThat(total(district, "raised.total.amount")).isEqualByComparingTo("1011000.00");
        assertThat(total(district, "raised.union.amount")).isEqualByComparingTo("1001000.00");
        assertThat(total(district, "raised.finance.amount")).isEqualByComparingTo("10000.00");
        assertThat(total(district, "helped.deep.goodsHouseholds")).isEqualByComparingTo("1");
        assertThat(total(district, "helped.total.goodsValue")).isEqualByComparingTo("500.00");
        assertThat(district.cell("others.models.people")).satisfies(cell -> {
            assertThat(cell.total()).isEqualByComparingTo("3");   // the returned campus union's 2 left out
            assertThat(cell.own()).isEqualByComparingTo("0");
            assertThat(cell.manual()).isTrue();
        });
        assertThat(district.consistent()).isTrue();
        assertThat(reports.board(xhApprover, period.id(), WARMTH, demo.organisationId("ZJ-HZ-XH"))).extracting(ChildReport::unionName,
                ChildReport::status).contains(
                        org.assertj.core.groups.Tuple.tuple("杭州西湖龙井茶业有限公司工会", BoardStatus.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple("西湖区高校后勤服务中心工会", BoardStatus.RETURNED));

        submit(xhApprover);
        reports.accept(hzApprover, period.id(), WARMTH, demo.organisationId("ZJ-HZ-XH"));
        submit(hzApprover);
        reports.accept(zjApprover, period.id(), WARMTH, demo.organisationId("ZJ-HZ"));

        ReportTable province = table(zjApprover, "ZJ");
        assertThat(total(province, "raised.total.amount")).isEqualByComparingTo("1031000.00");
        assertThat(total(province, "raised.finance.amount")).isEqualByComparingTo("30000.00");
        assertThat(province.cell("raised.finance.amount").children()).isEqualByComparingTo("30000.00");
        assertThat(total(province, "others.models.people")).isEqualByComparingTo("3");
        assertThat(total(province, "helped.total.goodsHouseholds")).isEqualByComparingTo("1");
        assertThat(total(province, "helped.total.goodsValue")).isEqualByComparingTo("500.00");
        assertThat(total(province, "helped.total.cashAmount")).isEqualByComparingTo("0.00");
        assertThat(province.consistent()).isTrue();

        // The Excel file holds exactly the computed figures, cell by cell.
        ByteArrayOutputStream excel = new ByteArrayOutputStream();
        StatisticsWorkbook.write(province, null, StatisticsWorkbook.AmountUnit.YUAN, excel);
        assertThat(sheetFigures(excel.toByteArray(), province.definition())).isEqualTo(expectedFigures(province));
        ByteArrayOutputStream inWan = new ByteArrayOutputStream();
        StatisticsWorkbook.write(province, null, StatisticsWorkbook.AmountUnit.WAN, inWan);
        assertThat(sheetFigures(inWan.toByteArray(), province.definition()).get("raised.total.amount"))
                .isEqualByComparingTo("103.1");

        // The tea company's submitted version is frozen: money received afterwards changes neither it nor
        // the district's figures, and the database refuses to rewrite it.
        receive(demo.actor("lj.finance"), campaign, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "700");
        ReportTable teaCompany = table(ljClerk, "ZJ-HZ-XH-LJ");
        assertThat(teaCompany.live()).isFalse();
        assertThat(total(teaCompany, "raised.total.amount")).isEqualByComparingTo("1000.00");
        assertThat(StatisticsReporting.sha256(teaCompany.cells(), teaCompany.summary())).isEqualTo(ljVersion.sha256());
        assertThat(total(table(xhApprover, "ZJ-HZ-XH"), "raised.total.amount"))
                .isEqualByComparingTo("1011000.00");
        assertThatThrownBy(() -> jdbc.sql("update report_version_cell set total = 0 where version_id = :v")
                .param("v", ljVersion.id()).update()).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void aReturnedTableIsResubmittedAsANewVersionAndItsLateAcceptanceShowsInTheParentsCheck() {
        Actor hqClerk = at("ZJ-HZ-XH-HQ", "clerk", Role.CLERK);
        Actor xhApprover = demo.actor("approver");
        long campus = demo.organisationId("ZJ-HZ-XH-HQ");
        reports.enterManual(hqClerk, period.id(), WARMTH, "others.models.people", "2", "劳模办名单");
        submit(hqClerk);
        assertThatThrownBy(() -> reports.enterManual(hqClerk, period.id(), WARMTH, "others.models.people", "5", "改"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.notOpen"));
        assertThatThrownBy(() -> reports.returnTable(xhApprover, period.id(), WARMTH, campus, " "))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.return.commentRequired"));
        reports.returnTable(xhApprover, period.id(), WARMTH, campus, "劳模人数与名单不符");
        submit(xhApprover);

        reports.enterManual(hqClerk, period.id(), WARMTH, "others.models.people", "4", "劳模办名单（更正）");
        submit(hqClerk);
        reports.accept(xhApprover, period.id(), WARMTH, campus);

        ReportTable campusTable = reports.view(hqClerk, period.id(), WARMTH, campus);
        assertThat(campusTable.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(campusTable.versions()).extracting(ReportVersion::number, ReportVersion::decision).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, ReportStatus.ACCEPTED),
                org.assertj.core.groups.Tuple.tuple(1, ReportStatus.RETURNED));
        assertThat(campusTable.versions().get(1).decisionComment()).isEqualTo("劳模人数与名单不符");
        assertThat(reports.version(hqClerk, period.id(), WARMTH, campus, 1).cell("others.models.people").total())
                .isEqualByComparingTo("2");
        assertThat(campusTable.cell("others.models.people").note()).isEqualTo("劳模办名单（更正）");
        // The district submitted before accepting the correction: its frozen table no longer adds up.
        ReportTable district = reports.view(xhApprover, period.id(), WARMTH, demo.organisationId("ZJ-HZ-XH"));
        assertThat(district.cell("others.models.people").total()).isEqualByComparingTo("0");
        assertThat(district.inconsistentCells()).containsExactly("others.models.people");
    }

    /** A period whose base unions are due on {@code baseDeadline}, every other level ten days later. */
    private ReportingPeriod periodDueOn(LocalDate baseDeadline) {
        Map<OrganisationType, LocalDate> deadlines = new EnumMap<>(OrganisationType.class);
        ReportingRules.LEVELS.forEach(level -> deadlines.put(level, today.plusDays(10)));
        deadlines.put(OrganisationType.BASE, baseDeadline);
        return periods.define(demo.actor("admin"), new PeriodDraft("截止" + UUID.randomUUID(), 2026,
                today.minusDays(13), today.minusDays(12), today.plusDays(20), List.of(WARMTH), deadlines));
    }

    @Test
    void aSubmissionAfterTheDeadlineIsLateAndSoIsAChildThatHasNotReported() {
        ReportingPeriod pastDeadline = periodDueOn(today.minusDays(1));
        ReportingPeriod deadlineToday = periodDueOn(today);
        Actor ljClerk = demo.actor("clerk");
        long district = demo.organisationId("ZJ-HZ-XH");
        summaries.saveText(ljClerk, pastDeadline.id(), "总结");
        summaries.saveText(ljClerk, deadlineToday.id(), "总结");

        assertThat(reports.submit(ljClerk, pastDeadline.id(), WARMTH).late()).isTrue();
        assertThat(reports.submit(ljClerk, deadlineToday.id(), WARMTH).late()).isFalse();

        List<ChildReport> late = reports.board(demo.actor("approver"), pastDeadline.id(), WARMTH, district);
        assertThat(late).filteredOn(c -> c.unionName().equals("西湖区高校后勤服务中心工会")).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(BoardStatus.LATE));
        assertThat(late).filteredOn(c -> c.unionName().equals("杭州西湖龙井茶业有限公司工会")).singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(BoardStatus.SUBMITTED);
                    assertThat(c.late()).isTrue();
                });
        assertThat(reports.board(demo.actor("approver"), deadlineToday.id(), WARMTH, district))
                .filteredOn(c -> c.unionName().equals("西湖区高校后勤服务中心工会")).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(BoardStatus.NOT_STARTED));
    }

    @Test
    void aUnionSeesItsOwnAndItsSubtreesTablesButNotASiblingsAndOnlyTheParentDecidesOrReminds() {
        Actor ljClerk = demo.actor("clerk");
        Actor hqClerk = at("ZJ-HZ-XH-HQ", "clerk", Role.CLERK, Role.APPROVER);
        long teaCompany = demo.organisationId("ZJ-HZ-XH-LJ");
        long campus = demo.organisationId("ZJ-HZ-XH-HQ");
        submit(ljClerk);

        assertThatThrownBy(() -> reports.view(hqClerk, period.id(), WARMTH, teaCompany))
                .isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> reports.view(ljClerk, period.id(), WARMTH, demo.organisationId("ZJ-HZ-XH")))
                .isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> reports.accept(hqClerk, period.id(), WARMTH, teaCompany))
                .isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> reports.remind(hqClerk, period.id(), WARMTH, teaCompany, "快报"))
                .isInstanceOf(OutsideScopeException.class);
        // R-STAT-09: the city reaches the tea company but leaves the decision to the district, its parent
        assertThatThrownBy(() -> reports.accept(at("ZJ-HZ", "hz.admin", Role.APPROVER), period.id(), WARMTH,
                teaCompany)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.notParent"));
        assertThat(reports.view(at("ZJ", "admin", Role.ADMIN), period.id(), WARMTH, teaCompany).status())
                .isEqualTo(ReportStatus.SUBMITTED);

        reports.remind(demo.actor("approver"), period.id(), WARMTH, campus, "请于本周内上报");
        assertThat(reports.view(hqClerk, period.id(), WARMTH, campus).reminders()).singleElement()
                .satisfies(r -> assertThat(r.message()).isEqualTo("请于本周内上报"));
        assertThat(reports.board(demo.actor("approver"), period.id(), WARMTH, demo.organisationId("ZJ-HZ-XH")))
                .filteredOn(c -> c.unionId() == campus).singleElement()
                .satisfies(c -> assertThat(c.reminders()).isEqualTo(1));
    }

    @Test
    void aManualFigureNeedsANoteAndAWholeNumberOfPeople() {
        Actor ljClerk = demo.actor("clerk");
        assertThatThrownBy(() -> reports.enterManual(ljClerk, period.id(), WARMTH, "others.models.people", "2.5",
                "名单")).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.manual.invalid"));
        assertThatThrownBy(() -> reports.enterManual(ljClerk, period.id(), WARMTH, "others.models.amount", "100",
                "")).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.manual.noteRequired"));
        assertThatThrownBy(() -> reports.enterManual(ljClerk, period.id(), WARMTH, "raised.total.amount", "100",
                "名单")).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.cell.notManual"));
        reports.enterManual(ljClerk, period.id(), WARMTH, "others.models.amount", "1,200.50", "劳模慰问台账");
        assertThat(table(ljClerk, "ZJ-HZ-XH-LJ").cell("others.models.amount").total())
                .isEqualByComparingTo("1200.50");
    }

    /** The numeric cells of the sheet by cell key, found section by section under their headers. */
    private static Map<String, BigDecimal> sheetFigures(byte[] workbook, TableDefinition definition) throws Exception {
        Map<String, BigDecimal> figures = new java.util.TreeMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> firstColumn = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                firstColumn.add(row == null || row.getCell(0) == null ? "" : row.getCell(0).toString());
            }
            for (Section section : definition.sections()) {
                int first = firstColumn.indexOf(section.title()) + 1 + (section.hasGroups() ? 2 : 1);
                for (int r = 0; r < section.rows().size(); r++) {
                    Row formRow = section.rows().get(r);
                    var sheetRow = sheet.getRow(first + r);
                    assertThat(sheetRow.getCell(0).getStringCellValue()).isEqualTo(formRow.label());
                    for (int c = 0; c < section.columns().size(); c++) {
                        Cell cell = sheetRow.getCell(c + 1);
                        if (cell.getCellType() == CellType.NUMERIC) {
                            figures.put(TableDefinition.key(section, formRow, section.columns().get(c).key()),
                                    BigDecimal.valueOf(cell.getNumericCellValue()));
                        }
                    }
                }
            }
        }
        return figures;
    }

    private static Map<String, BigDecimal> expectedFigures(ReportTable table) {
        Map<String, BigDecimal> figures = new java.util.TreeMap<>();
        table.cells().values().forEach(c -> figures.put(c.key(), BigDecimal.valueOf(c.total().doubleValue())));
        return figures;
    }
}
