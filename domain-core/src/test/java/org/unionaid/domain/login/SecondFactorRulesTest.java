package org.unionaid.domain.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.Refusal;

/** Specifies R-AUTH-01 (who owes the second factor) and R-AUTH-04 (who may reset it). */
class SecondFactorRulesTest {

    private static final OrganisationPath PROVINCE = new OrganisationPath("/1/");
    private static final OrganisationPath CITY = PROVINCE.child(2);
    private static final OrganisationPath DISTRICT = CITY.child(3);
    private static final OrganisationPath OTHER_CITY = PROVINCE.child(9);

    // R-AUTH-01
    @Test
    void thoseWhoMoveMoneyAdministerAuditOrSeeFullIdNumbersOweASecondFactor() {
        for (Role role : EnumSet.of(Role.APPROVER, Role.FINANCE, Role.ADMIN, Role.AUDITOR, Role.PERSONAL_DATA_REVEAL)) {
            assertThat(SecondFactorRules.required(Set.of(role))).as(role.name()).isTrue();
            assertThat(SecondFactorRules.required(Set.of(Role.CLERK, role))).as("clerk and " + role).isTrue();
        }
        assertThat(SecondFactorRules.required(Set.of(Role.CLERK))).isFalse();
        assertThat(SecondFactorRules.required(Set.of(Role.REVIEWER))).isFalse();
        assertThat(SecondFactorRules.required(Set.of(Role.CLERK, Role.REVIEWER))).isFalse();
    }

    // R-AUTH-04
    @Test
    void onlyAnAdminOfAUnionAboveTheUsersResetsIt() {
        assertThat(reset(admin(10, CITY), 20, DISTRICT)).isEmpty();
        assertThat(reset(admin(10, PROVINCE), 20, DISTRICT)).isEmpty();
        assertThat(reset(admin(10, DISTRICT), 20, DISTRICT)).hasValue(Refusal.of("secondFactor.reset.notAbove"));
        assertThat(reset(admin(10, OTHER_CITY), 20, DISTRICT)).hasValue(Refusal.of("secondFactor.reset.notAbove"));
        assertThat(reset(admin(10, PROVINCE), 10, PROVINCE)).hasValue(Refusal.of("secondFactor.reset.self"));
        Actor auditor = new Actor(10, "auditor", 2, CITY, Set.of(Role.AUDITOR), "127.0.0.1");
        assertThat(reset(auditor, 20, DISTRICT)).hasValue(Refusal.of("secondFactor.reset.notAdmin"));
    }

    private static Actor admin(long userId, OrganisationPath union) {
        return new Actor(userId, "admin" + userId, union.ids().get(union.ids().size() - 1), union, Set.of(Role.ADMIN),
                "127.0.0.1");
    }

    private static java.util.Optional<Refusal> reset(Actor actor, long userId, OrganisationPath union) {
        return new SecondFactorRules.ResetFromAbove().check(new SecondFactorRules.ResetCase(actor, userId, union));
    }
}
