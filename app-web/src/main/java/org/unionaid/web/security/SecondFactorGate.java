package org.unionaid.web.security;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.filter.OncePerRequestFilter;
import org.unionaid.domain.login.SecondFactorRules;

/**
 * R-AUTH-01 — between the password and the second factor a session reaches only the second step (and the
 * login page, logout and static files): every other request is sent there. Behind this filter the URL rules
 * let in only {@link #complete} logins, so a user who owes the second factor gets nothing even if a session
 * somehow held the user with the password alone.
 */
final class SecondFactorGate extends OncePerRequestFilter {

    /** What a pending login may ask for. */
    static boolean open(String path) {
        return path.equals("/login") || path.startsWith("/login/") || path.equals("/logout")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.equals("/favicon.ico") || path.equals("/error");
    }

    /** A login that lets its user in: the user's, and proven by the second factor where the roles require it. */
    static boolean complete(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return false;
        }
        return authentication instanceof SignedIn || !SecondFactorRules.required(user.getRoles());
    }

    /** The URL rules' "signed in": a complete login. */
    static AuthorizationManager<RequestAuthorizationContext> signedIn() {
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                    RequestAuthorizationContext context) {
                return new AuthorizationDecision(complete(authentication.get()));
            }
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (authentication instanceof PendingSecondFactor pending && !open(path)) {
            response.sendRedirect(request.getContextPath() + pending.stepPage());
            return;
        }
        chain.doFilter(request, response);
    }
}
