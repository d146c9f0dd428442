package org.unionaid.web.security;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.audit.AuditOutcome;

/**
 * Writes every refused request to the audit log, whether the URL rules refused it or a use case
 * found the target outside the user's subtree. Runs outside the refused use case's transaction,
 * so the record survives the rollback.
 */
@Component
public class DeniedAccessRecorder {

    private static final Logger log = LoggerFactory.getLogger(DeniedAccessRecorder.class);

    private final AuditLog auditLog;

    DeniedAccessRecorder(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    public void record(HttpServletRequest request, String reason) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String target = request.getMethod() + " " + request.getRequestURI();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            auditLog.record(AuditEntry.of(user.actor(request.getRemoteAddr()), AuditAction.ACCESS, "url", target,
                    AuditOutcome.DENIED, reason));
            log.warn("Access denied: user {} {}", user.getUserId(), target);
        }
    }
}
