package org.unionaid.domain.user;

import org.unionaid.domain.security.Role;

/** Filters of the user list; {@code null} or blank means "any". */
public record UserFilter(String text, Role role, Boolean enabled) {

    public static UserFilter none() {
        return new UserFilter(null, null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
