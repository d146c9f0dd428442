package org.unionaid.web.security;

import org.springframework.stereotype.Component;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.audit.AuditOutcome;

/**
 * The audit rows of the second step: the login itself (recorded when the code is right, not at the password) and
 * each wrong code, written beside Spring Security's names of a wrong password.
 */
@Component
class SecondStepAudit {

    /** The detail of a wrong code's row. */
    static final String WRONG_CODE = "BadSecondFactorException";

    private final AuditLog auditLog;

    SecondStepAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    void signedIn(CurrentUser user, String address) {
        auditLog.record(AuditEntry.of(user.actor(address), AuditAction.LOGIN, "user", user.getUserId(),
                AuditOutcome.SUCCESS, null));
    }

    void wrongCode(CurrentUser user, String address) {
        auditLog.record(AuditEntry.of(user.actor(address), AuditAction.LOGIN, "user", user.getUserId(),
                AuditOutcome.FAILURE, WRONG_CODE));
    }
}
