package org.unionaid.domain.login;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.Refusal;
import org.unionaid.domain.shared.Rule;

/**
 * Who must prove a second factor and who may take one away (GB/T 22239-2019 8.1.4.1 d: two or more
 * authentication techniques, one of them cryptographic, for those who matter most).
 */
public final class SecondFactorRules {

    /** Those who move money (approve, pay), administer users, audit, or see full ID numbers. */
    public static final Set<Role> REQUIRING = EnumSet.of(Role.APPROVER, Role.FINANCE, Role.ADMIN, Role.AUDITOR,
            Role.PERSONAL_DATA_REVEAL);

    /** Recovery codes given at each enrolment, each good for one login. */
    public static final int RECOVERY_CODES = 10;

    private SecondFactorRules() {
    }

    /**
     * R-AUTH-01 — a user holding any role of {@link #REQUIRING} gives a TOTP code (or a recovery code) after the
     * password at every login; until then the session reaches nothing but the second step.
     */
    public static boolean required(Set<Role> roles) {
        return roles.stream().anyMatch(REQUIRING::contains);
    }

    /** Whose second factor an admin wants to reset, and where that user works. */
    public record ResetCase(Actor actor, long userId, OrganisationPath userUnion) {
    }

    /**
     * R-AUTH-04 — only an admin of a union above the user's own resets the user's second factor: never the user
     * (whoever holds a stolen password could otherwise enrol a phone of their own), nor an admin of the same union
     * (who works beside the user and could sign in as the user next).
     */
    public static final class ResetFromAbove implements Rule<ResetCase> {
        @Override
        public Optional<Refusal> check(ResetCase reset) {
            Actor actor = reset.actor();
            if (!actor.has(Role.ADMIN)) {
                return Refusal.refuse("secondFactor.reset.notAdmin");
            }
            if (reset.userId() == actor.userId()) {
                return Refusal.refuse("secondFactor.reset.self");
            }
            boolean above = actor.organisationPath().contains(reset.userUnion())
                    && !actor.organisationPath().equals(reset.userUnion());
            return above ? Optional.empty() : Refusal.refuse("secondFactor.reset.notAbove");
        }
    }
}
