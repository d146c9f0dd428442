package org.unionaid.domain.anomaly;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;

/**
 * R-AUDIT-03 — the thresholds of the anomaly rules are settings of the top union: any auditor or administrator
 * reads them, only an administrator or auditor of a top union changes them, within each threshold's range and
 * with a reason, and every change goes to the audit log (old → new). Runs keep the values they used.
 */
@Service
@Transactional
public class ThresholdAdministration {

    private final AuditSettings settings;
    private final AuditLog auditLog;
    private final Clock clock;

    public ThresholdAdministration(AuditSettings settings, AuditLog auditLog, Clock clock) {
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AnomalySettings current(Actor actor) {
        actor.requireAnyRole(Role.AUDITOR, Role.ADMIN);
        return settings.current();
    }

    @Transactional(readOnly = true)
    public List<SettingChange> history(Actor actor) {
        actor.requireAnyRole(Role.AUDITOR, Role.ADMIN);
        return settings.history();
    }

    /** Whether the actor may change thresholds: an administrator or auditor of a top union. */
    public static boolean mayChange(Actor actor) {
        return (actor.has(Role.ADMIN) || actor.has(Role.AUDITOR)) && actor.organisationPath().depth() == 1;
    }

    public void change(Actor actor, Threshold threshold, BigDecimal value, String reason) {
        actor.requireAnyRole(Role.AUDITOR, Role.ADMIN);
        if (!mayChange(actor)) {
            throw new OutsideScopeException(actor.loginName() + " is not at a top union");
        }
        if (!threshold.accepts(value)) {
            throw DomainException.onField("value", "audit.threshold.outOfRange", threshold.minimum().toPlainString(),
                    threshold.maximum().toPlainString());
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw DomainException.onField("reason", "audit.threshold.reasonRequired");
        }
        BigDecimal before = settings.current().get(threshold);
        if (before.compareTo(value) == 0) {
            return;
        }
        settings.change(threshold, value, actor.userId(), Instant.now(clock), why);
        auditLog.record(AuditEntry.success(actor, AuditAction.AUDIT_SETTING_CHANGE, "audit_setting", threshold.name(),
                before.toPlainString() + " → " + value.toPlainString() + ": " + why));
    }
}
