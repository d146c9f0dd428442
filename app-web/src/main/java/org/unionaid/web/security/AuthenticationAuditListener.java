package org.unionaid.web.security;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.audit.AuditOutcome;
import org.unionaid.domain.login.SecondFactorRules;
import org.unionaid.domain.user.UserAccounts;

/**
 * Logins, failed passwords and logouts into the audit log, and failed passwords into the throttle. A failed
 * login for an existing login name is filed under that user's union, so its admins see attempts on their users.
 * A right password of a user who owes the second factor is no login yet: {@link SecondStepController} records
 * the login when the code is right.
 */
@Component
class AuthenticationAuditListener {

    private final AuditLog auditLog;
    private final UserAccounts users;
    private final LoginThrottle throttle;

    AuthenticationAuditListener(AuditLog auditLog, UserAccounts users, LoginThrottle throttle) {
        this.auditLog = auditLog;
        this.users = users;
        this.throttle = throttle;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (authentication.getPrincipal() instanceof CurrentUser user && SecondFactorRules.required(user.getRoles())) {
            return;
        }
        throttle.succeeded(authentication.getName(), ThrottledPasswords.addressOf(authentication));
        record(authentication, AuditAction.LOGIN, AuditOutcome.SUCCESS, null);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof LoginRefusedException) {
            return; // not checked, so not a failure: RefusedLogins recorded it
        }
        throttle.failed(event.getAuthentication().getName(), ThrottledPasswords.addressOf(event.getAuthentication()));
        record(event.getAuthentication(), AuditAction.LOGIN, AuditOutcome.FAILURE,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        record(event.getAuthentication(), AuditAction.LOGOUT, AuditOutcome.SUCCESS, null);
    }

    private void record(Authentication authentication, AuditAction action, AuditOutcome outcome, String detail) {
        String remoteAddress = ThrottledPasswords.addressOf(authentication);
        if (authentication.getPrincipal() instanceof CurrentUser user) {
            auditLog.record(AuditEntry.of(user.actor(remoteAddress), action, "user", user.getUserId(), outcome,
                    detail));
            return;
        }
        String loginName = authentication.getName();
        var known = loginName == null || loginName.isBlank() ? null : users.findByLoginName(loginName).orElse(null);
        auditLog.record(new AuditEntry(Instant.now(), loginName, known == null ? null : known.getId(),
                known == null ? null : known.getOrganisation().getId(), remoteAddress, action, "user",
                known == null ? null : known.getId().toString(), outcome, detail));
    }
}
