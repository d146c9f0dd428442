package org.unionaid.domain.user;

import java.util.Set;

import org.unionaid.domain.security.Role;

/** What an admin may change about an existing user. The login name never changes. */
public record UserChanges(String displayName, long organisationId, Set<Role> roles, boolean enabled) {
}
