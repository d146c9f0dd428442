package org.unionaid.web.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.unionaid.domain.login.SecondFactorLogin;
import org.unionaid.domain.login.SecondFactorRules;

/**
 * R-AUTH-01 — after a right password: a user the second factor is not required of goes to the dashboard; any
 * other is put halfway ({@link PendingSecondFactor}) before anything else is done, and sent to the code, or to
 * enrolment when the user has no confirmed secret yet.
 */
final class PasswordStepHandler implements AuthenticationSuccessHandler {

    private final SecondFactorLogin secondFactors;
    private final SecurityContextRepository contexts;
    private final Clock clock;

    PasswordStepHandler(SecondFactorLogin secondFactors, SecurityContextRepository contexts, Clock clock) {
        this.secondFactors = secondFactors;
        this.contexts = contexts;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        CurrentUser user = (CurrentUser) authentication.getPrincipal();
        if (!SecondFactorRules.required(user.getRoles())) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        String address = ThrottledPasswords.addressOf(authentication);
        // Halfway first: should the lookup below fail, the session must not keep the password-only login.
        save(new PendingSecondFactor(user, clock.instant(), address, true), request, response);
        PendingSecondFactor pending = new PendingSecondFactor(user, clock.instant(), address,
                secondFactors.enrolled(user.getUserId()));
        save(pending, request, response);
        response.sendRedirect(request.getContextPath() + pending.stepPage());
    }

    private void save(PendingSecondFactor pending, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(pending);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
