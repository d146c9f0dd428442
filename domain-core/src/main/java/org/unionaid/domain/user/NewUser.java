package org.unionaid.domain.user;

import java.util.Set;

import org.unionaid.domain.security.Role;

/** What an admin enters to create a user; the password is the initial one. */
public record NewUser(String loginName, String displayName, long organisationId, Set<Role> roles,
        String password) {
}
