package org.unionaid.domain.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;

/** Reading the action log: the actor's subtree, newest first, for auditors and admins (R-SEC-01). */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private final AuditLog auditLog;

    public AuditTrail(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    public Page<AuditEntry> search(Actor actor, Pageable pageable) {
        actor.requireAnyRole(Role.AUDITOR, Role.ADMIN);
        return auditLog.search(actor.organisationPath(), pageable);
    }
}
