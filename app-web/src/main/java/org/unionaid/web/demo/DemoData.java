package org.unionaid.web.demo;

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
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationDetails;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.user.PasswordHasher;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAccounts;

/**
 * Demo data for the embedded/demo profile only ({@code unionaid.demo-data.enabled=true}): a
 * provincial union with two cities, four counties and twelve base unions in Zhejiang, and one user
 * per role at a sensible level. Loaded once, on first start; the logins are printed every start.
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
    private final TransactionTemplate transaction;
    private final Map<String, Organisation> byCode = new LinkedHashMap<>();

    DemoData(Organisations organisations, UserAccounts users, PasswordHasher passwordHasher,
            TransactionTemplate transaction) {
        this.organisations = organisations;
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.transaction = transaction;
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
            new DemoLogin("reviewer", "李娜", "ZJ-HZ-XH-LJ", EnumSet.of(Role.REVIEWER)),
            new DemoLogin("approver", "刘强", "ZJ-HZ-XH", EnumSet.of(Role.APPROVER)),
            new DemoLogin("finance", "赵敏", "ZJ-HZ-XH", EnumSet.of(Role.FINANCE)),
            new DemoLogin("auditor", "孙丽华", "ZJ-HZ", EnumSet.of(Role.AUDITOR)));

    @EventListener(ApplicationReadyEvent.class)
    void loadAndPrint() {
        transaction.executeWithoutResult(status -> {
            if (!organisations.existsByCode("ZJ")) {
                load();
            }
        });
        StringBuilder banner = new StringBuilder("\n\n  UnionAid demo — http://localhost:8080 — password for every login: ")
                .append(PASSWORD).append('\n');
        LOGINS.forEach(login -> banner.append(String.format("    %-14s %s  %s%n", login.loginName(),
                login.roles(), login.displayName())));
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
        LOGINS.forEach(login -> users.add(new UserAccount(login.loginName(), login.displayName(),
                byCode.get(login.organisationCode()), login.roles(), hash)));
        log.info("Loaded demo data: {} unions, {} users", byCode.size(), LOGINS.size());
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
