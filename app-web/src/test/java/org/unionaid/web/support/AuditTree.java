package org.unionaid.web.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.TreeFixtures;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAccounts;

/**
 * A union tree of its own for the auditor's desk — a top union, two counties, a base union under the first — with
 * an auditor at the top, one in each county and a finance user of the base union, and a round sum of cash paid by
 * the first county (a planted R-ANOM-14 hit). Committed, so that a run on its own thread sees it; each tree has its
 * own codes and logins. The records are written by SQL: they are what got past the gates, which the use cases
 * would not write.
 */
@Component
public class AuditTree {

    private final Organisations organisations;
    private final UserAccounts users;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    AuditTree(Organisations organisations, UserAccounts users, TransactionTemplate transaction, JdbcClient jdbc) {
        this.organisations = organisations;
        this.users = users;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /** The tree, its people (logins) and the planted cash line. */
    public record Planted(Organisation top, Organisation county, Organisation neighbour, Organisation base,
            String topAuditor, String countyAuditor, String neighbourAuditor, String baseFinance, long cashLine,
            long file) {
    }

    public Planted plant() {
        return transaction.execute(status -> {
            TreeFixtures tree = new TreeFixtures(organisations);
            Organisation top = tree.root("审计省", OrganisationType.PROVINCE, "330106");
            Organisation county = tree.child(top, "甲区", OrganisationType.COUNTY, "330106");
            Organisation neighbour = tree.child(top, "乙区", OrganisationType.COUNTY, "330106");
            Organisation base = tree.child(county, "甲基层", OrganisationType.BASE, "330106");
            String tag = UUID.randomUUID().toString().substring(0, 8);
            String topAuditor = user("top-auditor-" + tag, "省审计", top, Role.AUDITOR);
            String countyAuditor = user("county-auditor-" + tag, "区审计", county, Role.AUDITOR);
            String neighbourAuditor = user("neighbour-auditor-" + tag, "邻区审计", neighbour, Role.AUDITOR);
            String baseFinance = user("base-finance-" + tag, "基层财务", base, Role.FINANCE, Role.CLERK);
            long by = users.findByLoginName(baseFinance).orElseThrow().getId();
            long file = jdbc.sql("""
                    insert into hardship_file (id, organisation_id, status, worker_name, worker_id_sealed, worker_id_index,
                                               worker_id_masked, gender, birth_date, created_by, created_at, updated_at,
                                               approved_on, last_verified_on, suggested_category, confirmed_category)
                    values (nextval('hardship_file_seq'), :union, 'APPROVED', '整数户', '\\x00',
                            decode(md5(random()::text), 'hex'), '330106********0011', 'MALE', date '1980-01-01', :by,
                            now(), now(), date '2026-01-05', date '2026-01-05', 'DEEP', 'DEEP')
                    returning id
                    """).param("union", base.getId()).param("by", by).query(Long.class).single();
            long campaign = jdbc.sql("""
                    insert into campaign (id, name, year, starts_on, ends_on, organisation_id, reporting_deadline,
                                          created_by, created_at)
                    values (nextval('campaign_seq'), :name, 2026, date '2026-11-01', date '2027-02-28', :union,
                            date '2027-03-10', :by, now()) returning id
                    """).param("name", "审计活动" + tag).param("union", top.getId()).param("by", by)
                    .query(Long.class).single();
            long batch = jdbc.sql("""
                    insert into disbursement_batch (id, campaign_id, paying_union_id, source, purpose, method, status,
                                                    created_by, created_at, approved_by, approved_at, commitment_entry)
                    values (nextval('disbursement_batch_seq'), :campaign, :union, 'OWN_UNION_FUNDS', 'CONDOLENCE', 'CASH',
                            'APPROVED', :by, now(), :approver, now(), 0) returning id
                    """).param("campaign", campaign).param("union", county.getId()).param("by", by)
                    .param("approver", users.findByLoginName(countyAuditor).orElseThrow().getId())
                    .query(Long.class).single();
            long line = jdbc.sql("""
                    insert into disbursement_line (id, batch_id, campaign_id, purpose, file_id, amount, reference, status,
                                                   created_at)
                    values (nextval('disbursement_line_seq'), :batch, :campaign, 'CONDOLENCE', :file, 2000,
                            'AT' || currval('disbursement_line_seq'), 'PAID', now()) returning id
                    """).param("batch", batch).param("campaign", campaign).param("file", file).query(Long.class).single();
            return new Planted(top, county, neighbour, base, topAuditor, countyAuditor, neighbourAuditor, baseFinance,
                    line, file);
        });
    }

    private String user(String login, String name, Organisation union, Role... roles) {
        Set<Role> set = EnumSet.of(roles[0], roles);
        return users.add(new UserAccount(login, name, union, set, "not-a-login")).getLoginName();
    }
}
