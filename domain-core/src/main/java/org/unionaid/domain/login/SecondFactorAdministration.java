package org.unionaid.domain.login;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.domain.user.UserAccessChanged;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAccounts;

/** What an admin sees of a user's second factor, and the reset of a lost phone. */
@Service
@Transactional
public class SecondFactorAdministration {

    private final UserAccounts users;
    private final SecondFactors factors;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    public SecondFactorAdministration(UserAccounts users, SecondFactors factors, AuditLog auditLog,
            ApplicationEventPublisher events) {
        this.users = users;
        this.factors = factors;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** A user's second factor as the user page shows it. */
    public record Status(boolean required, boolean enrolled, int recoveryCodesLeft, boolean resettable) {
    }

    @Transactional(readOnly = true)
    public Status status(Actor actor, long userId) {
        UserAccount user = user(actor, userId);
        boolean enrolled = factors.find(userId).filter(SecondFactor::confirmed).isPresent();
        boolean resettable = new SecondFactorRules.ResetFromAbove().check(resetCase(actor, user)).isEmpty();
        return new Status(SecondFactorRules.required(user.getRoles()), enrolled,
                enrolled ? factors.recoveryCodesLeft(userId) : 0, resettable);
    }

    /**
     * R-AUTH-04 — an admin of a union above the user's forgets the user's secret and recovery codes (a lost or
     * replaced phone); the user's sessions end, and the next login enrols a new secret. Audited.
     */
    public void reset(Actor actor, long userId) {
        UserAccount user = user(actor, userId);
        new SecondFactorRules.ResetFromAbove().check(resetCase(actor, user)).ifPresent(refusal -> {
            throw refusal.toException();
        });
        factors.remove(userId);
        auditLog.record(AuditEntry.success(actor, AuditAction.SECOND_FACTOR_RESET, "user", userId, null));
        events.publishEvent(new UserAccessChanged(userId));
    }

    private UserAccount user(Actor actor, long userId) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        actor.require(Role.ADMIN, user.getOrganisation().path());
        return user;
    }

    private static SecondFactorRules.ResetCase resetCase(Actor actor, UserAccount user) {
        return new SecondFactorRules.ResetCase(actor, user.getId(), user.getOrganisation().path());
    }
}
