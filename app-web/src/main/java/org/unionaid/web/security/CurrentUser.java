package org.unionaid.web.security;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.user.UserAccount;

/**
 * The signed-in user as Spring Security keeps it in the session (serialised into PostgreSQL, so any node
 * can read it): enough to build an {@link Actor} for every request without a database round trip, and to
 * show name, union and roles in the page.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String loginName;
    private final String displayName;
    private final long organisationId;
    private final String organisationName;
    private final String organisationPath;
    private final Set<Role> roles;
    // Needed only while signing in; erased then, so the session table never holds it.
    private String passwordHash;
    private final boolean enabled;

    CurrentUser(UserAccount account) {
        this.userId = account.getId();
        this.loginName = account.getLoginName();
        this.displayName = account.getDisplayName();
        this.organisationId = account.getOrganisation().getId();
        this.organisationName = account.getOrganisation().getName();
        this.organisationPath = account.getOrganisation().path().value();
        this.roles = Set.copyOf(account.getRoles()); // a plain set: the principal is serialised into the session
        this.passwordHash = account.getPasswordHash();
        this.enabled = account.isEnabled();
    }

    public Actor actor(String remoteAddress) {
        return new Actor(userId, loginName, organisationId, new OrganisationPath(organisationPath), roles,
                remoteAddress);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return loginName;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public long getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    /**
     * Whether the user holds one of these roles (names of {@link Role}): what the layout asks for each menu
     * entry. {@code sec:authorize} answers the same but builds a security expression context per element.
     */
    public boolean hasAnyRole(String... names) {
        for (String name : names) {
            if (roles.contains(Role.valueOf(name))) {
                return true;
            }
        }
        return false;
    }

    /** One user, one identity: the session registry finds a user's sessions by this. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser user && user.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }
}
