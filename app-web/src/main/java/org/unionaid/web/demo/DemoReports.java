package org.unionaid.web.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.unionaid.domain.assistance.VisitKind;
import org.unionaid.domain.assistance.Visiting;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.enterprise.EnterpriseAid;
import org.unionaid.domain.enterprise.HardshipEnterprise;
import org.unionaid.domain.enterprise.NewEnterpriseVisit;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.recipient.NewRecipient;
import org.unionaid.domain.recipient.RecipientGroup;
import org.unionaid.domain.recipient.RecipientRegistration;
import org.unionaid.domain.security.Actor;
import org.unionaid.reporting.statistics.PeriodDraft;
import org.unionaid.reporting.statistics.ReportingPeriod;
import org.unionaid.reporting.statistics.ReportingPeriodAdministration;
import org.unionaid.reporting.statistics.StatisticsReporting;
import org.unionaid.reporting.statistics.SummaryWriting;
import org.unionaid.reporting.table.TableDefinitions;
import org.unionaid.web.shared.MovableClock;

/**
 * Reporting periods as the province runs them (R-STAT-01): last year's, reported and accepted level by level from
 * the tea company up to the province — so that the summary compares this year with last year — in the layouts of
 * that year (R-STAT-08); and this year's, in which the tea company has sent its tables with its written summary
 * (the district's inbox holds them) while the other unions have not. Besides: a model worker and an old Party member
 * on the tea company's lists, an enterprise in difficulty the district visited, and one home visit. Everything goes
 * through the use cases on the day it happened (the clock is moved), so every gate applies.
 */
@Component
@ConditionalOnProperty(name = "unionaid.demo-data.enabled", havingValue = "true")
class DemoReports {

    /** The demo's people, as DemoData made them. */
    record People(Actor provinceAdmin, Actor cityAdmin, Actor districtApprover, Actor districtFinance,
            Actor teaClerk, Actor teaFinance, long teaUnion) {
    }

    private final ReportingPeriodAdministration periods;
    private final StatisticsReporting reports;
    private final SummaryWriting summaries;
    private final CampaignAdministration campaigns;
    private final FundIntake intake;
    private final RecipientRegistration recipients;
    private final EnterpriseAid enterprises;
    private final Visiting visiting;
    private final MovableClock clock;

    DemoReports(ReportingPeriodAdministration periods, StatisticsReporting reports, SummaryWriting summaries,
            CampaignAdministration campaigns, FundIntake intake, RecipientRegistration recipients,
            EnterpriseAid enterprises, Visiting visiting, MovableClock clock) {
        this.periods = periods;
        this.reports = reports;
        this.summaries = summaries;
        this.campaigns = campaigns;
        this.intake = intake;
        this.recipients = recipients;
        this.enterprises = enterprises;
        this.visiting = visiting;
        this.clock = clock;
    }

    /**
     * Last year's period, its district campaign and money, and its tables sent up and accepted at every level: run
     * before this year's money, so that each union's ledger chain stays in the order of days.
     */
    void lastYear(People people) {
        LocalDate today = LocalDate.now(clock);
        LocalDate lastYear = today.minusYears(1);
        int year = today.getYear();
        ReportingPeriod period;
        try (MovableClock.Moved defined = clock.moveTo(lastYear.minusDays(40))) {
            period = define(people.provinceAdmin(), year + "年元旦春节送温暖", year, lastYear);
        }
        try (MovableClock.Moved started = clock.moveTo(lastYear.minusDays(7))) {
            Campaign campaign = campaigns.create(people.districtApprover(), new CampaignDraft(year + "年元旦春节送温暖活动",
                    year, lastYear.minusDays(7), lastYear.plusMonths(3), lastYear.plusMonths(3).plusDays(10), null,
                    Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "1500")),
                    Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS, FundSource.UNIT_DONATION))));
            receive(people.districtFinance(), campaign, FundSource.OWN_UNION_FUNDS, "120000", "西工经〔" + (year - 1)
                    + "〕9号", null, lastYear.minusDays(7));
            receive(people.districtFinance(), campaign, FundSource.UNIT_DONATION, "60000", "JZ-" + (year - 1) + "-001",
                    "西湖电子集团有限公司", lastYear.minusDays(7));
            receive(people.teaFinance(), campaign, FundSource.UNIT_DONATION, "15000", "LJ-" + (year - 1) + "-001",
                    "杭州西湖龙井茶业有限公司", lastYear.minusDays(7));
        }
        String warmth = TableDefinitions.WARMTH;
        try (MovableClock.Moved sent = clock.moveTo(lastYear.plusDays(45))) {
            reports.enterManual(people.teaClerk(), period.id(), warmth, "others.models.people", "2", "区劳模办名单");
            sendUp(people.teaClerk(), period, "公司工会走访困难职工和劳模，筹集单位捐赠 15,000 元，慰问金已按名单发放。");
        }
        try (MovableClock.Moved sent = clock.moveTo(lastYear.plusDays(50))) {
            acceptAll(people.districtApprover(), period, people.teaUnion());
            sendUp(people.districtApprover(), period, "区总工会筹集送温暖资金 180,000 元，各基层工会按时完成走访。");
        }
        long district = unionOf(people.districtApprover());
        try (MovableClock.Moved sent = clock.moveTo(lastYear.plusDays(55))) {
            acceptAll(people.cityAdmin(), period, district);
            sendUp(people.cityAdmin(), period, "市总工会汇总各区县送温暖情况，附统计表。");
        }
        try (MovableClock.Moved accepted = clock.moveTo(lastYear.plusDays(60))) {
            acceptAll(people.provinceAdmin(), period, unionOf(people.cityAdmin()));
        }
    }

    /**
     * This year's period, the named recipients and the enterprise, and the tea company's tables sent to the district
     * with its written summary, after a home visit by its clerk.
     */
    void thisYear(People people, long householdToVisit) {
        LocalDate today = LocalDate.now(clock);
        ReportingPeriod period = define(people.provinceAdmin(), (today.getYear() + 1) + "年元旦春节送温暖",
                today.getYear() + 1, today);
        recipients.register(people.teaClerk(), new NewRecipient(people.teaUnion(), RecipientGroup.MODEL_WORKER, "钱国栋",
                "330106196208153012", "杭州西湖龙井茶业有限公司", "浙江省劳动模范（2012年）", Bank.ICBC,
                "6222 0212 3456 7890 466", "钱国栋"));
        recipients.register(people.teaClerk(), new NewRecipient(people.teaUnion(), RecipientGroup.PARTY_MEMBER, "孙桂兰",
                "330106194703121027", "杭州西湖龙井茶业有限公司（退休）", "党龄55年，独居", null, null, null));
        HardshipEnterprise enterprise = enterprises.register(people.districtApprover(), unionOf(people.districtApprover()),
                "杭州西湖丝绸印染厂", null, "订单锐减，停产三个月，拖欠职工工资两个月", 86);
        enterprises.recordVisit(people.districtApprover(), enterprise.id(), new NewEnterpriseVisit(today.minusDays(2),
                "刘强（副主席）", "10000", "米、油", "4300", "慰问全厂职工"));
        visiting.toFile(people.teaClerk(), householdToVisit, today.minusDays(2), VisitKind.HOME, "王芳（工会干事）",
                "慰问品一份", null, List.of());
        sendUp(people.teaClerk(), period, "公司工会已走访建档困难职工，登记劳模和老党员名单，待区总工会慰问团入户发放。");
    }

    /** The province's period of {@code year}, for the festival around {@code around}, with a deadline per level. */
    private ReportingPeriod define(Actor provinceAdmin, String name, int year, LocalDate around) {
        Map<OrganisationType, LocalDate> deadlines = new EnumMap<>(OrganisationType.class);
        deadlines.put(OrganisationType.BASE, around.plusDays(60));
        deadlines.put(OrganisationType.COUNTY, around.plusDays(70));
        deadlines.put(OrganisationType.CITY, around.plusDays(80));
        deadlines.put(OrganisationType.PROVINCIAL_ORGANS, around.plusDays(80));
        return periods.define(provinceAdmin, new PeriodDraft(name, year, around.minusDays(60), around.plusDays(90),
                around.plusDays(90), List.of(TableDefinitions.WARMTH, TableDefinitions.CENTRE), deadlines));
    }

    /** A union's written summary and both its tables, sent to its parent. */
    private void sendUp(Actor actor, ReportingPeriod period, String summary) {
        summaries.saveText(actor, period.id(), summary);
        period.layouts().keySet().forEach(form -> reports.submit(actor, period.id(), form));
    }

    private void acceptAll(Actor parent, ReportingPeriod period, long child) {
        period.layouts().keySet().forEach(form -> reports.accept(parent, period.id(), form, child));
    }

    private void receive(Actor finance, Campaign campaign, FundSource source, String amount, String number,
            String donor, LocalDate on) {
        intake.record(finance, new ReceiptDraft(campaign.id(), source, FundPurpose.CONDOLENCE, amount, on, number, null,
                donor, null));
    }

    private static long unionOf(Actor actor) {
        return actor.organisationId();
    }
}
