package org.unionaid.web.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.TreeFixtures;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAccounts;

/**
 * A union tree of its own with a national union at the top (全国 → 省 → 区县 → 基层, all in Hangzhou's 西湖区,
 * where 低保 is 1,250): the demo tree stops at the province, and only a national union's approver may confirm a
 * file at 全国级 — the level central money asks for (R-LEVEL-01). Committed, so that concurrent tests see it;
 * each tree has its own codes and logins.
 */
@Component
public class NationalTree {

    private final Organisations organisations;
    private final UserAccounts users;
    private final TransactionTemplate transaction;

    NationalTree(Organisations organisations, UserAccounts users, TransactionTemplate transaction) {
        this.organisations = organisations;
        this.users = users;
        this.transaction = transaction;
    }

    /** The tree's people: who files, reviews, approves at the county, confirms at national level, pays. */
    public record People(Organisation base, Organisation county, ApprovedFiles.Crew crew, Actor nationalApprover,
            Actor finance) {
    }

    public People plant() {
        return transaction.execute(status -> {
            TreeFixtures tree = new TreeFixtures(organisations);
            Organisation nation = tree.root("全总", OrganisationType.NATIONAL, "330106");
            Organisation province = tree.child(nation, "省总", OrganisationType.PROVINCE, "330106");
            Organisation county = tree.child(province, "区总", OrganisationType.COUNTY, "330106");
            Organisation base = tree.child(county, "基层", OrganisationType.BASE, "330106");
            String tag = UUID.randomUUID().toString().substring(0, 8);
            return new People(base, county,
                    new ApprovedFiles.Crew(actor("clerk", base, tag, Role.CLERK), actor("reviewer", base, tag,
                            Role.REVIEWER), actor("approver", county, tag, Role.APPROVER)),
                    actor("national", nation, tag, Role.APPROVER), actor("finance", county, tag, Role.FINANCE));
        });
    }

    private Actor actor(String login, Organisation union, String tag, Role role) {
        Set<Role> roles = EnumSet.of(role);
        UserAccount account = users.add(new UserAccount(login + "-" + tag, login, union, roles, "not-a-login"));
        return new Actor(account.getId(), account.getLoginName(), union.getId(), union.path(), roles, "127.0.0.1");
    }
}
