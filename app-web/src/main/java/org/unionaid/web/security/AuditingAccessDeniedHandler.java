package org.unionaid.web.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.stereotype.Component;
import org.unionaid.domain.security.Role;

/**
 * Records a denial by the URL rules (or a bad CSRF token), then answers 403 with the error page, which names the
 * check that refused (R-PRIV-07): the roles the URL needs, or an expired form.
 */
@Component
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final DeniedAccessRecorder recorder;
    private final AccessDeniedHandler delegate = new AccessDeniedHandlerImpl();

    AuditingAccessDeniedHandler(DeniedAccessRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException, ServletException {
        recorder.record(request, accessDeniedException.getClass().getSimpleName());
        if (accessDeniedException instanceof CsrfException) {
            RefusedCheck.EXPIRED_FORM.describe(request, Set.of());
        } else {
            RefusedCheck.ROLE.describe(request, neededRoles(accessDeniedException));
        }
        delegate.handle(request, response, accessDeniedException);
    }

    /** The roles a URL rule asked for, read from its decision ({@code hasAnyRole(…)}); empty when it names none. */
    private static Set<Role> neededRoles(AccessDeniedException denied) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (denied instanceof AuthorizationDeniedException authorization
                && authorization.getAuthorizationResult() instanceof AuthorityAuthorizationDecision decision) {
            decision.getAuthorities().forEach(authority -> {
                String name = authority.getAuthority().replaceFirst("^ROLE_", "");
                Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).forEach(roles::add);
            });
        }
        return roles;
    }
}
