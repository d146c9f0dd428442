package org.unionaid.domain.user;

/**
 * A user's roles, organisation, enabled flag or password changed: sessions signed in with the old
 * ones must end, so that the change takes effect at once and not at the next login.
 */
public record UserAccessChanged(long userId) {
}
