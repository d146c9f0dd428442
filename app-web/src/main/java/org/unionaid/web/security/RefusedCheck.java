package org.unionaid.web.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;

/**
 * R-PRIV-07 — which check refused a request, as the refusal page names it with what to do: a missing role (and
 * which roles would do), a target outside the user's union and the unions below it, a step that belongs to
 * another level of the tree, an expired form (CSRF), maker-checker, or approval by the file's own union. The
 * page also says who the user is: the union and the roles the checks were made against.
 */
public enum RefusedCheck {
    ROLE, SUBTREE, LEVEL, EXPIRED_FORM, MAKER_CHECKER, SAME_UNION;

    /** The request attributes (and model entries) the refusal pages read. */
    public static final String CHECK = "refusedCheck";
    public static final String NEEDED_ROLES = "neededRoles";
    public static final String USER_UNION = "refusedUserUnion";
    public static final String USER_ROLES = "refusedUserRoles";

    public static RefusedCheck of(OutsideScopeException.Check check) {
        return switch (check) {
            case ROLE -> ROLE;
            case SUBTREE -> SUBTREE;
            case LEVEL -> LEVEL;
        };
    }

    /**
     * The check behind a rule's refusal, where it is one of the access checks a user meets in a refusal: the
     * maker-checker rule (R-MC-01) and approval by a union above the file's own (R-APPR-02); else {@code null}.
     */
    public static RefusedCheck ofRule(String messageKey) {
        if (messageKey == null) {
            return null;
        }
        if (messageKey.toLowerCase().endsWith("makerchecker")) {
            return MAKER_CHECKER;
        }
        return "approval.refused.sameUnion".equals(messageKey) ? SAME_UNION : null;
    }

    /** Puts the check, the roles that would have done and the signed-in user's union and roles on the request. */
    public void describe(HttpServletRequest request, Collection<Role> neededRoles) {
        request.setAttribute(CHECK, name());
        request.setAttribute(NEEDED_ROLES, sorted(neededRoles));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            request.setAttribute(USER_UNION, user.getOrganisationName());
            request.setAttribute(USER_ROLES, sorted(user.getRoles()));
        }
    }

    private static List<Role> sorted(Collection<Role> roles) {
        List<Role> list = new ArrayList<>(roles == null ? Set.of() : roles);
        list.sort(null);
        return list;
    }
}
