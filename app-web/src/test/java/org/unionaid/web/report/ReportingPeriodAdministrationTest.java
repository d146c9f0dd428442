package org.unionaid.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.reporting.statistics.BoardStatus;
import org.unionaid.reporting.statistics.ChildReport;
import org.unionaid.reporting.statistics.PeriodDraft;
import org.unionaid.reporting.statistics.RecordCheck;
import org.unionaid.reporting.statistics.ReportInbox;
import org.unionaid.reporting.statistics.ReportStatus;
import org.unionaid.reporting.statistics.ReportTable;
import org.unionaid.reporting.statistics.ReportVersion;
import org.unionaid.reporting.statistics.ReportingPeriod;
import org.unionaid.reporting.statistics.ReportingPeriodAdministration;
import org.unionaid.reporting.statistics.StatisticsReporting;
import org.unionaid.reporting.statistics.SummaryWriting;
import org.unionaid.reporting.table.TableDefinitions;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.ReportingFixture;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Reporting periods at every level of the demo tree — 龙井茶业 (LJ) under 西湖区 (XH), under 杭州 (HZ), under 浙江 (ZJ) —
 * over two days no other test starts a campaign on, so that every figure below is counted by hand. Specifies R-STAT-01
 * (the top union defines the period), R-STAT-02 (every campaign that starts in the period, whoever organised it, each
 * once), R-STAT-03 (the written summary goes up with the table, frozen), R-STAT-04 (催报 only to a child that has not
 * submitted) and R-STAT-08 (a version keeps the layout it was submitted in).
 */
@WebIntegrationTest
@Transactional
class ReportingPeriodAdministrationTest {

    private static final String WARMTH = TableDefinitions.WARMTH;

    @Autowired
    StatisticsReporting reports;

    @Autowired
    ReportingPeriodAdministration periods;

    @Autowired
    SummaryWriting summaries;

    @Autowired
    ReportInbox inbox;

    @Autowired
    RecordCheck recordCheck;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    FundIntake intake;

    @Autowired
    ReportingFixture fixture;

    @Autowired
    DemoUsers demo;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private LocalDate today;
    private Actor teaClerk;
    private Actor district;
    private Actor city;
    private Actor province;

    @BeforeEach
    void people() {
        today = LocalDate.now(clock);
        teaClerk = demo.actor("clerk");
        district = demo.actor("approver");
        city = fixture.at("ZJ-HZ", "hz.admin", Role.APPROVER, Role.ADMIN);
        province = demo.actor("admin");
    }

    /** A campaign of {@code organiser}'s union starting {@code daysAgo} days ago, paying condolence. */
    private Campaign campaign(Actor organiser, int daysAgo) {
        return campaigns.create(organiser, new CampaignDraft("报表期测试" + UUID.randomUUID(), today.getYear() + 1,
                today.minusDays(daysAgo), today.plusDays(40), today.plusDays(40), null,
                Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "400")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS, FundSource.PARTY_DUES))));
    }

    private void receive(Actor finance, Campaign campaign, FundSource source, String amount) {
        intake.record(finance, new ReceiptDraft(campaign.id(), source, FundPurpose.CONDOLENCE, amount, today,
                "BB-" + UUID.randomUUID().toString().substring(0, 8), null, null, null));
        em.flush();
    }

    /** The period of the two days 13 and 12 days ago, due at the province in a month. */
    private ReportingPeriod period() {
        return fixture.period(today.getYear() + 1, today.minusDays(13), today.minusDays(12), today.plusDays(30), 2);
    }

    private void sendUp(Actor actor, ReportingPeriod period, String summary) {
        summaries.saveText(actor, period.id(), summary);
        reports.submit(actor, period.id(), WARMTH);
    }

    private static BigDecimal total(ReportTable table, String cell) {
        return table.cell(cell).total();
    }

    // R-STAT-02, R-STAT-03
    @Test
    void aCampaignOfTheDistrictAndOneOfTheCityInOnePeriodAreEachCountedOnceUpToTheProvince() {
        ReportingPeriod period = period();
        Campaign ofTheDistrict = campaign(district, 13);
        Campaign ofTheCity = campaign(city, 12);
        Campaign afterThePeriod = campaign(district, 11);
        Actor districtFinance = demo.actor("finance");
        Actor cityFinance = fixture.at("ZJ-HZ", "hz.admin", Role.FINANCE);
        receive(demo.actor("lj.finance"), ofTheDistrict, FundSource.OWN_UNION_FUNDS, "1000");
        receive(districtFinance, ofTheDistrict, FundSource.PARTY_DUES, "2000");
        // the district raises money in the city's campaign too: both organisers' campaigns count at the district
        receive(districtFinance, ofTheCity, FundSource.OWN_UNION_FUNDS, "300");
        receive(cityFinance, ofTheCity, FundSource.OWN_UNION_FUNDS, "5000");
        receive(districtFinance, afterThePeriod, FundSource.OWN_UNION_FUNDS, "7000");

        assertThat(periods.span(period).campaignIds()).containsExactlyInAnyOrder(ofTheDistrict.id(), ofTheCity.id());
        // R-STAT-03: no written summary, no submission
        assertThatThrownBy(() -> reports.submit(teaClerk, period.id(), WARMTH))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.summary.required"));
        sendUp(teaClerk, period, "茶业公司筹集工会经费 1,000 元。");
        reports.accept(district, period.id(), WARMTH, fixture.union("ZJ-HZ-XH-LJ"));
        sendUp(district, period, "区总工会筹集党费 2,000 元，并在市总活动中筹集 300 元。");
        reports.accept(city, period.id(), WARMTH, fixture.union("ZJ-HZ-XH"));
        sendUp(city, period, "市总工会筹集 5,000 元。");
        reports.accept(province, period.id(), WARMTH, fixture.union("ZJ-HZ"));

        ReportTable tea = reports.view(province, period.id(), WARMTH, fixture.union("ZJ-HZ-XH-LJ"));
        ReportTable xh = reports.view(province, period.id(), WARMTH, fixture.union("ZJ-HZ-XH"));
        ReportTable hz = reports.view(province, period.id(), WARMTH, fixture.union("ZJ-HZ"));
        ReportTable zj = reports.view(province, period.id(), WARMTH, fixture.union("ZJ"));
        assertThat(total(tea, "raised.total.amount")).isEqualByComparingTo("1000.00");
        assertThat(xh.cell("raised.total.amount").own()).isEqualByComparingTo("2300.00");
        assertThat(total(xh, "raised.total.amount")).isEqualByComparingTo("3300.00");
        assertThat(total(xh, "raised.union.amount")).isEqualByComparingTo("3300.00");
        assertThat(hz.cell("raised.total.amount").own()).isEqualByComparingTo("5000.00");
        assertThat(total(hz, "raised.total.amount")).isEqualByComparingTo("8300.00");
        assertThat(zj.cell("raised.total.amount")).satisfies(cell -> {
            assertThat(cell.total()).isEqualByComparingTo("8300.00");
            assertThat(cell.own()).isEqualByComparingTo("0.00");
            assertThat(cell.children()).isEqualByComparingTo("8300.00");
        });
        assertThat(total(zj, "raised.finance.amount")).isEqualByComparingTo("0.00");
        assertThat(zj.live()).isTrue();
        assertThat(zj.consistent()).isTrue();
        assertThat(zj.definition().code()).isEqualTo("WARMTH-" + (today.getYear() + 1));

        // the records of the whole province say the same, the campaign after the period left out
        RecordCheck.Comparison check = recordCheck.compare(province, period.id(), WARMTH, fixture.union("ZJ"));
        assertThat(check.cells()).filteredOn(c -> c.key().equals("raised.total.amount")).singleElement()
                .satisfies(c -> assertThat(c.fromRecords()).isEqualByComparingTo("8300.00"));
        assertThat(check.cells()).filteredOn(c -> c.key().startsWith("raised.")).noneMatch(RecordCheck.Cell::differs);
    }

    // R-STAT-03
    @Test
    void theWrittenSummaryIsFrozenWithTheVersionAndTheDatabaseKeepsItSo() {
        ReportingPeriod period = period();
        long tea = fixture.union("ZJ-HZ-XH-LJ");
        summaries.saveText(teaClerk, period.id(), "第一稿：走访困难职工三户。");
        ReportVersion first = reports.submit(teaClerk, period.id(), WARMTH);
        reports.returnTable(district, period.id(), WARMTH, tea, "请补充劳模慰问情况");
        summaries.saveText(teaClerk, period.id(), "第二稿：走访困难职工三户，慰问劳模一人。");
        reports.submit(teaClerk, period.id(), WARMTH);

        assertThat(reports.version(district, period.id(), WARMTH, tea, 1).summary().text())
                .isEqualTo("第一稿：走访困难职工三户。");
        assertThat(reports.view(district, period.id(), WARMTH, tea).summary().text())
                .isEqualTo("第二稿：走访困难职工三户，慰问劳模一人。");
        summaries.saveText(teaClerk, period.id(), "第三稿，上报之后写的");
        assertThat(reports.view(district, period.id(), WARMTH, tea).summary().text()).startsWith("第二稿");
        // the hash covers the summary: the same cells with another summary hash otherwise
        ReportTable firstVersion = reports.version(district, period.id(), WARMTH, tea, 1);
        assertThat(StatisticsReporting.sha256(firstVersion.cells(),
                firstVersion.summary())).isEqualTo(first.sha256());
        em.flush();
        assertThatThrownBy(() -> jdbc.sql("update report_version set summary_text = '改过的' where id = :v")
                .param("v", first.id()).update()).rootCause().hasMessageContaining("frozen");
    }

    // R-STAT-03
    @Test
    void postgresRefusesAVersionWithoutAWrittenSummary() {
        ReportingPeriod period = period();
        summaries.saveText(teaClerk, period.id(), "总结");
        ReportVersion version = reports.submit(teaClerk, period.id(), WARMTH);
        em.flush();
        assertThatThrownBy(() -> jdbc.sql("""
                insert into report_version (id, table_id, number, sha256, submitted_by, submitted_at, late, definition)
                select nextval('report_version_seq'), table_id, 9, sha256, submitted_by, submitted_at, late, definition
                  from report_version where id = :v
                """).param("v", version.id()).update()).rootCause().hasMessageContaining("report_version_summary_given");
    }

    // R-STAT-08
    @Test
    void aVersionKeepsTheLayoutItWasSubmittedInAndAPeriodsLayoutsDoNotChange() {
        ReportingPeriod lastYears = fixture.period(2026, today.minusDays(13), today.minusDays(12), today.plusDays(30), 2);
        ReportingPeriod thisYears = period();
        assertThat(lastYears.layoutOf(WARMTH)).isEqualTo("WARMTH-2026");
        assertThat(thisYears.layoutOf(WARMTH)).isEqualTo("WARMTH-2027");
        reports.enterManual(teaClerk, lastYears.id(), WARMTH, "others.models.people", "2", "劳模办名单");
        summaries.saveText(teaClerk, lastYears.id(), "去年的总结");
        ReportVersion version = reports.submit(teaClerk, lastYears.id(), WARMTH);

        ReportTable asSubmitted = reports.view(district, lastYears.id(), WARMTH, fixture.union("ZJ-HZ-XH-LJ"));
        assertThat(version.definition()).isEqualTo("WARMTH-2026");
        assertThat(asSubmitted.definition().code()).isEqualTo("WARMTH-2026");
        assertThat(asSubmitted.cell("others.models.people").total()).isEqualByComparingTo("2");
        assertThat(asSubmitted.cell("named.models.people")).isNull();
        ReportTable thisYear = reports.view(teaClerk, thisYears.id(), WARMTH, fixture.union("ZJ-HZ-XH-LJ"));
        assertThat(thisYear.cell("named.models.people")).isNotNull();
        assertThat(thisYear.cell("others.models.people")).isNull();
        assertThatThrownBy(() -> jdbc.sql("update reporting_period_form set definition = 'WARMTH-2027'"
                + " where period_id = :p").param("p", lastYears.id()).update()).rootCause()
                .hasMessageContaining("append-only");
    }

    // R-STAT-01
    @Test
    void onlyTheTopUnionDefinesAPeriodAndEveryLevelBelowItHasADeadline() {
        Map<OrganisationType, LocalDate> deadlines = new EnumMap<>(OrganisationType.class);
        deadlines.put(OrganisationType.BASE, today.plusDays(20));
        PeriodDraft draft = new PeriodDraft("市级报表期", today.getYear() + 1, today.minusDays(13), today.minusDays(12),
                today.plusDays(30), List.of(WARMTH), deadlines);
        assertThatThrownBy(() -> periods.define(city, draft)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("report.period.notTop"));
        assertThatThrownBy(() -> periods.define(province, draft)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("report.period.deadlineMissing");
            assertThat(e.field()).startsWith("deadlines[");
        });
    }

    // R-STAT-01, R-STAT-04
    @Test
    void eachLevelIsLateByItsOwnDeadlineAndIsRemindedOnlyWhileItHasNotSubmitted() {
        Map<OrganisationType, LocalDate> deadlines = new EnumMap<>(OrganisationType.class);
        for (OrganisationType level : org.unionaid.domain.reporting.ReportingRules.LEVELS) {
            deadlines.put(level, today.plusDays(10));
        }
        // base unions were due yesterday, districts are due in ten days
        deadlines.put(OrganisationType.BASE, today.minusDays(1));
        ReportingPeriod period = periods.define(province, new PeriodDraft("逾期" + UUID.randomUUID(),
                today.getYear() + 1, today.minusDays(13), today.minusDays(12), today.plusDays(30), List.of(WARMTH),
                deadlines));
        long tea = fixture.union("ZJ-HZ-XH-LJ");
        long campus = fixture.union("ZJ-HZ-XH-HQ");
        sendUp(teaClerk, period, "晚了一天");

        List<ChildReport> board = reports.board(district, period.id(), WARMTH, fixture.union("ZJ-HZ-XH"));
        assertThat(board).filteredOn(c -> c.unionId() == tea).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(BoardStatus.SUBMITTED);
            assertThat(c.late()).isTrue();
        });
        assertThat(board).filteredOn(c -> c.unionId() == campus).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(BoardStatus.LATE));
        assertThat(reports.view(district, period.id(), WARMTH, fixture.union("ZJ-HZ-XH")).late()).isFalse();
        assertThat(reports.view(district, period.id(), WARMTH, fixture.union("ZJ-HZ-XH")).deadline())
                .isEqualTo(today.plusDays(10));

        assertThatThrownBy(() -> reports.remind(district, period.id(), WARMTH, tea, "快报"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.remind.submitted"));
        reports.remind(district, period.id(), WARMTH, campus, "请于本周内上报");
        reports.accept(district, period.id(), WARMTH, tea);
        assertThatThrownBy(() -> reports.remind(district, period.id(), WARMTH, tea, "快报"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.remind.accepted"));
        assertThat(reports.view(fixture.at("ZJ-HZ-XH-HQ", "clerk", Role.CLERK), period.id(), WARMTH, campus)
                .reminders()).singleElement().satisfies(r -> assertThat(r.message()).isEqualTo("请于本周内上报"));
        assertThat(reports.view(teaClerk, period.id(), WARMTH, tea).status()).isEqualTo(ReportStatus.ACCEPTED);
    }

    @Test
    void everyLevelHasAnInboxOfItsChildrensSubmissions() {
        ReportingPeriod period = period();
        sendUp(teaClerk, period, "基层上报");
        reports.accept(district, period.id(), WARMTH, fixture.union("ZJ-HZ-XH-LJ"));
        sendUp(district, period, "区上报");

        assertThat(inbox.of(city)).filteredOn(e -> e.period().id() == period.id() && e.form().equals(WARMTH))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.waiting()).isEqualTo(1);
                    assertThat(entry.children()).filteredOn(c -> c.status() == BoardStatus.SUBMITTED)
                            .extracting(ChildReport::unionName).containsExactly("西湖区总工会");
                });
        assertThat(reports.awaitingDecision(city)).isPositive();
        assertThat(inbox.of(province)).anySatisfy(entry -> assertThat(entry.period().id()).isEqualTo(period.id()));
        assertThat(inbox.of(teaClerk)).isEmpty();
    }
}
