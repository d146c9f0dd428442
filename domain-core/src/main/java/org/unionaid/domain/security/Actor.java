package org.unionaid.domain.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.unionaid.domain.scope.OrganisationPath;

/**
 * R-SEC-01 — the signed-in person on whose behalf a use case runs: every use case takes one and answers the
 * two questions of authorisation itself — may this role act, and is the target inside the actor's
 * organisation subtree — so that no controller can forget them.
 */
public record Actor(long userId, String loginName, long organisationId, OrganisationPath organisationPath,
        Set<Role> roles, String remoteAddress) {

    public Actor {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean reaches(OrganisationPath target) {
        return organisationPath.contains(target);
    }

    public void requireRole(Role role) {
        if (!has(role)) {
            throw new OutsideScopeException(loginName + " lacks role " + role);
        }
    }

    /** One of the roles will do (a step either of two people may take). */
    public void requireAnyRole(Role... anyOf) {
        for (Role role : anyOf) {
            if (has(role)) {
                return;
            }
        }
        throw new OutsideScopeException(loginName + " lacks every role of " + Arrays.toString(anyOf));
    }

    public void requireReach(OrganisationPath target) {
        if (!reaches(target)) {
            throw new OutsideScopeException(loginName + " is outside " + target);
        }
    }

    /** Both questions at once: the role, and the target within the actor's subtree. */
    public void require(Role role, OrganisationPath target) {
        requireRole(role);
        requireReach(target);
    }
}
