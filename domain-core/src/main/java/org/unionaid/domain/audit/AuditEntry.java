package org.unionaid.domain.audit;

import java.time.Instant;

import org.unionaid.domain.security.Actor;

/**
 * One line of the append-only action log: who, when, from where, what, on which object, and how it
 * ended. {@code detail} describes the change (old → new) and never holds personal data such as ID or
 * bank card numbers.
 */
public record AuditEntry(Instant occurredAt, String actorLogin, Long actorUserId, Long actorOrganisationId,
        String remoteAddress, AuditAction action, String targetType, String targetId, AuditOutcome outcome,
        String detail) {

    public static AuditEntry of(Actor actor, AuditAction action, String targetType, Object targetId,
            AuditOutcome outcome, String detail) {
        return new AuditEntry(Instant.now(), actor.loginName(), actor.userId(), actor.organisationId(),
                actor.remoteAddress(), action, targetType, targetId == null ? null : targetId.toString(), outcome,
                detail);
    }

    public static AuditEntry success(Actor actor, AuditAction action, String targetType, Object targetId,
            String detail) {
        return of(actor, action, targetType, targetId, AuditOutcome.SUCCESS, detail);
    }
}
