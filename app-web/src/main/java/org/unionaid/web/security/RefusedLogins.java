package org.unionaid.web.security;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.audit.AuditOutcome;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAccounts;

/**
 * R-AUTH-07 — a locked or throttled attempt writes one audit row (filed under the account's union when the name is
 * a user's, so its admins see it) and one short log line without a stack trace: a guesser hammering the form
 * fills neither the log nor the disk.
 */
@Component
class RefusedLogins {

    private static final Logger log = LoggerFactory.getLogger(RefusedLogins.class);

    private final AuditLog auditLog;
    private final UserAccounts users;

    RefusedLogins(AuditLog auditLog, UserAccounts users) {
        this.auditLog = auditLog;
        this.users = users;
    }

    void record(String loginName, String address, LoginRefusedException refused) {
        String name = LoginThrottle.key(loginName);
        UserAccount known = name.isEmpty() ? null : users.findByLoginName(name).orElse(null);
        String login = name.length() > 64 ? name.substring(0, 64) : name;
        auditLog.record(new AuditEntry(Instant.now(), login, known == null ? null : known.getId(),
                known == null ? null : known.getOrganisation().getId(), LoginThrottle.address(address),
                AuditAction.LOGIN, "user", known == null ? null : known.getId().toString(), AuditOutcome.DENIED,
                refused.getClass().getSimpleName()));
        log.warn("Login refused ({}) for {} from {}", refused.getClass().getSimpleName(),
                known == null ? "an unknown name" : "user " + known.getId(), LoginThrottle.address(address));
    }
}
