package org.unionaid.domain.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The actor asked for something outside its role or its organisation subtree. The web layer
 * answers 403, writes the denial to the audit log, and tells the user which check refused and what to do
 * ({@link Check}).
 */
public class OutsideScopeException extends RuntimeException {

    /** Which of the access checks refused: what the 403 page names and explains. */
    public enum Check {
        /** the user holds none of the roles the step needs ({@link #roles()}) */
        ROLE,
        /** the target lies outside the user's union and the unions below it (本级及下级) */
        SUBTREE,
        /** the step belongs to another level of the tree: the parent union, or the top union */
        LEVEL
    }

    private final Check check;
    private final Set<Role> roles;

    /** A target outside the actor's subtree. */
    public OutsideScopeException(String what) {
        this(Check.SUBTREE, what);
    }

    public OutsideScopeException(Check check, String what) {
        this(check, Set.of(), what);
    }

    /** A step that needs one of {@code roles}, which the actor does not hold. */
    public OutsideScopeException(Set<Role> roles, String what) {
        this(Check.ROLE, roles, what);
    }

    private OutsideScopeException(Check check, Set<Role> roles, String what) {
        super(what);
        this.check = check;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Check check() {
        return check;
    }

    /** For {@link Check#ROLE}: the roles any one of which would have done. */
    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }
}
