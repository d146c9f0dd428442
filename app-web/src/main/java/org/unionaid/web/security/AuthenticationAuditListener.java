package org.unionaid.web.security;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.audit.AuditOutcome;
import org.unionaid.domain.user.UserAccounts;

/**
 * Logins, failed logins and logouts into the audit log. A failed login for an existing login name
 * is filed under that user's union, so its admins see attempts on their users.
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
        throttle.succeeded(event.getAuthentication().getName());
        record(event.getAuthentication(), AuditAction.LOGIN, AuditOutcome.SUCCESS, null);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        // A refusal of a locked name (wrapped by the provider) does not extend the lock.
        if (!(event.getException() instanceof LockedException || event.getException().getCause() instanceof LockedException)) {
            throttle.failed(event.getAuthentication().getName());
        }
        record(event.getAuthentication(), AuditAction.LOGIN, AuditOutcome.FAILURE,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        record(event.getAuthentication(), AuditAction.LOGOUT, AuditOutcome.SUCCESS, null);
    }

    private void record(Authentication authentication, AuditAction action, AuditOutcome outcome, String detail) {
        String remoteAddress = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
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
