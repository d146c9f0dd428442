package org.unionaid.web.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.assistance.DelegationAdministration;
import org.unionaid.domain.assistance.NewDelegation;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.CategoryReview;
import org.unionaid.domain.hardship.FileDocumentation;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.Finances;
import org.unionaid.domain.hardship.Hardship;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.IncomeCheckResult;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.hardship.Relation;
import org.unionaid.domain.hardship.WorkerDetails;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.notice.FileApproval;
import org.unionaid.domain.notice.NewNotice;
import org.unionaid.domain.notice.NoticeAdministration;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationDetails;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.reference.MinimumLivingStandard;
import org.unionaid.domain.reference.MinimumLivingStandards;
import org.unionaid.domain.reference.WorkingCalendar;
import org.unionaid.domain.reference.StandardFigures;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.tracking.IncomeTracking;
import org.unionaid.domain.login.SecondFactorRules;
import org.unionaid.domain.user.PasswordHasher;
import org.unionaid.domain.user.PasswordHistory;
import org.unionaid.domain.user.PasswordPolicy;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAccounts;
import org.unionaid.web.shared.MovableClock;

/**
 * Demo data for the embedded/demo profile only ({@code unionaid.demo-data.enabled=true}): a
 * provincial union with two cities, four counties and twelve base unions in Zhejiang, and one user
 * per role at a sensible level, the 低保标准 of the province and of 杭州 for this year, and four
 * households of one base union in different steps. Loaded once, on first start; the logins are
 * printed every start.
 */
@Component
@ConditionalOnProperty(name = "unionaid.demo-data.enabled", havingValue = "true")
class DemoData {

    /** Public on purpose: it is printed at start-up and listed in the README. */
    static final String PASSWORD = "unionaid2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Organisations organisations;
    private final UserAccounts users;
    private final PasswordHasher passwordHasher;
    private final MinimumLivingStandards standards;
    private final WorkingCalendar calendar;
    private final FileRegistration files;
    private final NoticeAdministration notices;
    private final FileApproval approval;
    private final IncomeTracking incomes;
    private final DemoFunds funds;
    private final TransactionTemplate transaction;
    private final MovableClock clock;
    private final CategoryReview categories;
    private final FileDocumentation documents;
    private final DelegationAdministration delegations;
    private final DemoReports reports;
    private final PasswordHistory passwordHistory;
    private final DemoSecondFactors secondFactors;
    private final Map<String, Organisation> byCode = new LinkedHashMap<>();

    DemoData(Organisations organisations, UserAccounts users, PasswordHasher passwordHasher,
            MinimumLivingStandards standards, WorkingCalendar calendar, FileRegistration files,
            NoticeAdministration notices, FileApproval approval, IncomeTracking incomes, DemoFunds funds,
            TransactionTemplate transaction, MovableClock clock, CategoryReview categories, FileDocumentation documents,
            DelegationAdministration delegations, PasswordHistory passwordHistory, DemoSecondFactors secondFactors,
            DemoReports reports) {
        this.reports = reports;
        this.delegations = delegations;
        this.passwordHistory = passwordHistory;
        this.secondFactors = secondFactors;
        this.categories = categories;
        this.documents = documents;
        this.funds = funds;
        this.notices = notices;
        this.approval = approval;
        this.incomes = incomes;
        this.calendar = calendar;
        this.organisations = organisations;
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.standards = standards;
        this.files = files;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A demo login as printed and as listed in the README. */
    record DemoLogin(String loginName, String displayName, String organisationCode, Set<Role> roles) {
    }

    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin", "张建国", "ZJ", EnumSet.of(Role.ADMIN)),
            new DemoLogin("hz.admin", "陈立新", "ZJ-HZ", EnumSet.of(Role.ADMIN)),
            new DemoLogin("xihu.admin", "周晓燕", "ZJ-HZ-XH", EnumSet.of(Role.ADMIN)),
            new DemoLogin("yuhang.admin", "吴海涛", "ZJ-HZ-YH", EnumSet.of(Role.ADMIN)),
            new DemoLogin("clerk", "王芳", "ZJ-HZ-XH-LJ", EnumSet.of(Role.CLERK)),
            new DemoLogin("reviewer", "李娜", "ZJ-HZ-XH-LJ", EnumSet.of(Role.REVIEWER, Role.PERSONAL_DATA_REVEAL)),
            new DemoLogin("approver", "刘强", "ZJ-HZ-XH", EnumSet.of(Role.APPROVER)),
            new DemoLogin("finance", "赵敏", "ZJ-HZ-XH", EnumSet.of(Role.FINANCE)),
            new DemoLogin("lj.finance", "孙晓红", "ZJ-HZ-XH-LJ", EnumSet.of(Role.FINANCE)),
            new DemoLogin("auditor", "孙丽华", "ZJ-HZ", EnumSet.of(Role.AUDITOR)));

    @EventListener(ApplicationReadyEvent.class)
    void loadAndPrint() {
        transaction.executeWithoutResult(status -> {
            if (!organisations.existsByCode("ZJ")) {
                load();
            }
        });
        StringBuilder banner = new StringBuilder("\n\n  UnionAid demo — http://localhost:8080 — password for every login: ")
                .append(PASSWORD).append('\n')
                .append("  Logins with a key also ask for a 6-digit code (R-AUTH-01): add the key to an authenticator app,")
                .append(" or run: oathtool --totp -b KEY\n");
        transaction.executeWithoutResult(status -> LOGINS.forEach(login -> {
            var user = users.findByLoginName(login.loginName()).orElse(null);
            String key = user == null ? "" : secondFactors.secretOf(user.getId())
                    .orElse(SecondFactorRules.required(login.roles()) ? "(enrols at first login)" : "");
            banner.append(String.format("    %-14s %-30s %s  %s%n", login.loginName(), login.roles(),
                    login.displayName(), key));
        }));
        log.info(banner.toString());
    }

    private void load() {
        Organisation province = add(null, "ZJ", "浙江省总工会", OrganisationType.PROVINCE, "330000", true, "张建国",
                "0571-85100000");
        add(province, "ZJ-SZ", "浙江省直机关工会工作委员会", OrganisationType.PROVINCIAL_ORGANS, "330000", false, null,
                null);
        Organisation hangzhou = add(province, "ZJ-HZ", "杭州市总工会", OrganisationType.CITY, "330100", true, "陈立新",
                "0571-85200000");
        Organisation ningbo = add(province, "ZJ-NB", "宁波市总工会", OrganisationType.CITY, "330200", true, "郑国平",
                "0574-87300000");
        Organisation xihu = add(hangzhou, "ZJ-HZ-XH", "西湖区总工会", OrganisationType.COUNTY, "330106", true, "周晓燕",
                "0571-87900000");
        Organisation yuhang = add(hangzhou, "ZJ-HZ-YH", "余杭区总工会", OrganisationType.COUNTY, "330110", true,
                "吴海涛", "0571-86200000");
        Organisation haishu = add(ningbo, "ZJ-NB-HS", "海曙区总工会", OrganisationType.COUNTY, "330203", true, "何文斌",
                "0574-87100000");
        Organisation yinzhou = add(ningbo, "ZJ-NB-YZ", "鄞州区总工会", OrganisationType.COUNTY, "330212", true,
                "钱玉梅", "0574-88100000");
        base(xihu, "ZJ-HZ-XH-LJ", "杭州西湖龙井茶业有限公司工会", "330106");
        base(xihu, "ZJ-HZ-XH-HQ", "西湖区高校后勤服务中心工会", "330106");
        base(xihu, "ZJ-HZ-XH-HW", "西湖区环境卫生管理处工会", "330106");
        base(yuhang, "ZJ-HZ-YH-FZ", "杭州余杭纺织有限公司工会", "330110");
        base(yuhang, "ZJ-HZ-YH-GJ", "余杭区公交集团工会", "330110");
        base(yuhang, "ZJ-HZ-YH-JZ", "良渚建筑工程有限公司工会", "330110");
        base(haishu, "ZJ-NB-HS-WL", "宁波海曙港口物流有限公司工会", "330203");
        base(haishu, "ZJ-NB-HS-FZ", "宁波服装城有限公司工会", "330203");
        base(haishu, "ZJ-NB-HS-WY", "海曙区物业服务行业联合工会", "330203");
        base(yinzhou, "ZJ-NB-YZ-HW", "鄞州区环卫集团工会", "330212");
        base(yinzhou, "ZJ-NB-YZ-QP", "宁波鄞州汽车零部件有限公司工会", "330212");
        base(yinzhou, "ZJ-NB-YZ-KD", "鄞州区快递行业联合工会", "330212");
        String hash = passwordHasher.hash(PASSWORD);
        Map<String, UserAccount> accounts = new LinkedHashMap<>();
        LOGINS.forEach(login -> {
            // The demo's users obey the password rules (R-AUTH-08) and owe a second factor as any user would.
            PasswordPolicy.check("password", PASSWORD, login.loginName());
            UserAccount user = users.add(new UserAccount(login.loginName(), login.displayName(),
                    byCode.get(login.organisationCode()), login.roles(), hash));
            passwordHistory.add(user.getId(), hash, user.getPasswordChangedAt());
            secondFactors.enrolIfRequired(user);
            accounts.put(login.loginName(), user);
        });
        int year = LocalDate.now(clock).getYear();
        // Last year's figures too: income months and exit proposals reach back half a year.
        standard("330000", year - 1, "1050", "浙江省民政厅 演示数据");
        standard("330100", year - 1, "1200", "杭州市民政局 演示数据");
        standard("330000", year, "1100", "浙江省民政厅 演示数据");
        standard("330100", year, "1250", "杭州市民政局 演示数据");
        loadFiles(accounts.get("clerk"), accounts.get("reviewer"));
        List<Long> approved = loadApprovedFiles(accounts.get("clerk"), accounts.get("reviewer"),
                accounts.get("approver"));
        // Last year's reporting period before this year's money, so that every ledger chain stays in the order of days.
        DemoReports.People people = new DemoReports.People(actorOf(accounts.get("admin")),
                actorOf(accounts.get("hz.admin")), actorOf(accounts.get("approver")), actorOf(accounts.get("finance")),
                actorOf(accounts.get("clerk")), actorOf(accounts.get("lj.finance")), byCode.get("ZJ-HZ-XH-LJ").getId());
        reports.lastYear(people);
        funds.load(actorOf(accounts.get("approver")), actorOf(accounts.get("finance")),
                actorOf(accounts.get("lj.finance")), byCode.get("ZJ-HZ-XH-LJ").getId());
        // The district's delegation (慰问团) for the campaign: its home visits are what cash and goods are handed
        // over on (R-HAND-01). No visit is recorded: a user tries that on a file page.
        LocalDate today = LocalDate.now(clock);
        delegations.create(actorOf(accounts.get("approver")), new NewDelegation("周晓燕（区总工会主席）",
                "刘强（副主席）、赵敏（财务）", today.minusDays(1), today.plusDays(13)));
        reports.thisYear(people, approved.get(0));
        log.info("Loaded demo data: {} unions, {} users, 4 living standards, 7 files, campaigns with their ledger"
                + " (last year's closed, its leftover moved on), 1 delegation, 2 reporting periods", byCode.size(),
                LOGINS.size());
    }

    private void standard(String region, int year, String amount, String document) {
        standards.add(new MinimumLivingStandard(new RegionCode(region), year, new StandardFigures(Money.yuan(amount),
                StandardFigures.USUAL_RELATIVE_MULTIPLE, StandardFigures.USUAL_ACCIDENT_COST_SHARE, document)));
    }

    /** Four households of the tea company's union, in different steps. All ID numbers are fictitious. */
    private void loadFiles(UserAccount clerkAccount, UserAccount reviewerAccount) {
        Actor clerk = actorOf(clerkAccount);
        Actor reviewer = actorOf(reviewerAccount);
        long union = byCode.get("ZJ-HZ-XH-LJ").getId();
        HardshipFile sick = files.open(clerk, new FileEntry(union, "陈卫东", "330106197803152019",
                List.of(new FileEntry.MemberEntry("林秀娟", Relation.SPOUSE, "330106198006224029"),
                        new FileEntry.MemberEntry("陈思远", Relation.CHILD, "330106200509013012")),
                finances("42000", "18000", "0"),
                new FileEntry.BankEntry(Bank.ICBC, "6222 0212 3456 7890 128", "陈卫东"),
                new Hardship(EnumSet.of(HardshipCause.SERIOUS_ILLNESS_FAMILY, HardshipCause.CHILDREN_SCHOOLING),
                        HardshipCause.SERIOUS_ILLNESS_FAMILY, EnumSet.of(Need.MEDICAL, Need.EDUCATION), FileLevel.COUNTY),
                member(2001)));
        files.submit(clerk, sick.getId());
        HardshipFile returned = files.open(clerk, new FileEntry(union, "黄建平", "330106196501121036",
                List.of(new FileEntry.MemberEntry("赵桂芳", Relation.SPOUSE, "33010619681205204X")),
                finances("36000", "6000", "0")));
        files.submit(clerk, returned.getId());
        files.returnToClerk(reviewer, returned.getId(), "请补充配偶的住院结算单据");
        files.open(clerk, new FileEntry(union, "吴晓梅", "330106199210183054", List.of(),
                finances("30000", "0", "28000")));
        files.open(clerk, new FileEntry(union, "郭明辉", "330106197508081078",
                List.of(new FileEntry.MemberEntry("郭婷", Relation.CHILD, "330106199302274068")),
                finances("70000", "2000", "0")));
    }

    /**
     * Three households approved after a notice two months ago, ready for visits and payments; one has
     * earned above 低保 for the last six months and is proposed for exit. Built the way the union built them,
     * on the days they did it: the clock is moved to each day and every gate applies — documents, membership,
     * the income check, a notice posted on the day it starts and closed after its last working day.
     */
    private List<Long> loadApprovedFiles(UserAccount clerkAccount, UserAccount reviewerAccount,
            UserAccount approverAccount) {
        Actor clerk = actorOf(clerkAccount);
        Actor reviewer = actorOf(reviewerAccount);
        Actor approver = actorOf(approverAccount);
        LocalDate noticeDay = noticeDay();
        List<Long> ids;
        try (MovableClock.Moved filed = clock.moveTo(noticeDay.minusDays(7))) {
            ids = fileApprovedHouseholds(clerk, reviewer, approver);
            try (MovableClock.Moved posted = clock.moveTo(noticeDay)) {
                long notice = notices.open(reviewer, new NewNotice(ids, noticeDay, 5, "公司一楼公告栏",
                        "工会办公室 李娜 0571-87000000")).getId();
                LocalDate after = notices.view(reviewer, notice).getEndsOn().plusDays(1);
                try (MovableClock.Moved closed = clock.moveTo(after)) {
                    notices.close(reviewer, notice);
                    approval.approve(approver, ids);
                }
            }
        }
        recordIncomes(clerk, ids.get(0), ids.get(1));
        return ids;
    }

    /**
     * Two months ago, or — when that year's holiday calendar is not confirmed yet — early November of the
     * last confirmed year, so that the demo notice is counted on a complete calendar.
     */
    private LocalDate noticeDay() {
        LocalDate day = LocalDate.now(clock).minusMonths(2);
        while (calendar.confirmedYear(day.getYear()).isEmpty() && day.getYear() > 2000) {
            day = LocalDate.of(day.getYear() - 1, 11, 2);
        }
        return day;
    }

    private List<Long> fileApprovedHouseholds(Actor clerk, Actor reviewer, Actor approver) {
        long union = byCode.get("ZJ-HZ-XH-LJ").getId();
        HardshipFile li = files.open(clerk, new FileEntry(union, "李建华", "330106197004123035",
                List.of(new FileEntry.MemberEntry("王秀英", Relation.SPOUSE, "330106196811231011"),
                        new FileEntry.MemberEntry("李小龙", Relation.CHILD, "330106199503163022")),
                finances("24000", "6000", "0"),
                new FileEntry.BankEntry(Bank.ICBC, "6222 0212 3456 7890 342", "李建华"),
                new Hardship(EnumSet.of(HardshipCause.DISABILITY), HardshipCause.DISABILITY,
                        EnumSet.of(Need.LIVING), FileLevel.NATIONAL), member(1998)));
        HardshipFile zhou = files.open(clerk, new FileEntry(union, "周丽萍", "330106198209072045", List.of(),
                finances("26000", "0", "0"),
                new FileEntry.BankEntry(Bank.ABC, "6228 4800 1234 5678 127", "周丽萍"),
                new Hardship(EnumSet.of(HardshipCause.SINGLE_PARENT), HardshipCause.SINGLE_PARENT,
                        EnumSet.of(Need.LIVING, Need.EMPLOYMENT), FileLevel.COUNTY), member(2010)));
        HardshipFile xu = files.open(clerk, new FileEntry(union, "徐国强", "330106197202281050", List.of(),
                finances("12000", "9000", "0"),
                new FileEntry.BankEntry(Bank.CCB, "6217 0012 3456 7812 340", "徐国强"),
                new Hardship(EnumSet.of(HardshipCause.SERIOUS_ILLNESS_SELF),
                        HardshipCause.SERIOUS_ILLNESS_SELF, EnumSet.of(Need.MEDICAL), FileLevel.PROVINCIAL), member(2003)));
        List<Long> ids = List.of(li.getId(), zhou.getId(), xu.getId());
        ids.forEach(id -> {
            HardshipFile file = files.view(clerk, id);
            file.requiredDocuments().forEach(kind -> documents.upload(clerk, id, kind, kind.name().toLowerCase() + ".pdf",
                    ("%PDF-1.4 演示材料 " + kind).getBytes(StandardCharsets.UTF_8)));
            files.submit(clerk, id);
            categories.decide(reviewer, id, files.view(reviewer, id).getSuggestedCategory(), null);
            files.recordIncomeCheck(approver, id, LocalDate.now(clock), IncomeCheckResult.CONSISTENT, "民政核对演示");
        });
        return ids;
    }

    /** Six months of income: 周丽萍 above 低保 throughout (proposed for exit), 李建华 below. */
    private void recordIncomes(Actor clerk, long li, long zhou) {
        YearMonth first = incomes.exitWindowStart();
        for (int month = 0; month < IncomeTracking.MONTHS_ABOVE_FOR_EXIT; month++) {
            incomes.record(clerk, zhou, first.plusMonths(month), "3600", 1);
            incomes.record(clerk, li, first.plusMonths(month), "2400", 3);
        }
    }

    /** A union member employed for years: what every demo household's worker is. */
    private static WorkerDetails member(int sinceYear) {
        return WorkerDetails.none().withEmployment(true, LocalDate.of(sinceYear, 3, 1));
    }

    private static Finances finances(String income, String rigid, String accident) {
        return new Finances(Money.yuan(income), Money.yuan(rigid), Money.yuan(accident), Set.of());
    }

    private static Actor actorOf(UserAccount account) {
        return new Actor(account.getId(), account.getLoginName(), account.getOrganisation().getId(),
                account.getOrganisation().path(), account.getRoles(), "demo-data");
    }

    private void base(Organisation parent, String code, String name, String region) {
        add(parent, code, name, OrganisationType.BASE, region, false, null, null);
    }

    private Organisation add(Organisation parent, String code, String name, OrganisationType type, String region,
            boolean centre, String contactPerson, String contactPhone) {
        OrganisationDetails details = new OrganisationDetails(code, name, type, new RegionCode(region), centre,
                contactPerson, contactPhone);
        long id = organisations.nextId();
        Organisation organisation = organisations.add(parent == null ? Organisation.root(id, details)
                : Organisation.under(id, parent, details));
        byCode.put(code, organisation);
        return organisation;
    }
}
