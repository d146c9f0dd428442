package org.unionaid.domain.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.domain.shared.TextRules;

/**
 * Delegations (慰问团) of a union: recorded by the people who organise the visits — the clerk, the reviewer or
 * the approver of the union that sends it — and seen by the unions below it, whose households it visits, and by
 * the unions above. Its home visits are what cash and goods are handed over on (R-HAND-01).
 */
@Service
@Transactional
public class DelegationAdministration {

    /** Delegations listed on one page. */
    public static final int LISTED = 200;

    private final Delegations delegations;
    private final Visits visits;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    public DelegationAdministration(Delegations delegations, Visits visits, Organisations organisations,
            AuditLog auditLog, Clock clock) {
        this.delegations = delegations;
        this.visits = visits;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Records a delegation of the actor's own union. */
    public Delegation create(Actor actor, NewDelegation draft) {
        actor.requireAnyRole(Role.CLERK, Role.REVIEWER, Role.APPROVER);
        String leader = strip(draft.leader());
        if (leader == null || leader.length() > 50) {
            throw DomainException.onField("leader", "delegation.leader.required");
        }
        TextRules.name("leader", leader, TextRules.PERSON_NAME); // R-PRIV-05
        String members = strip(draft.members());
        if (members != null && members.length() > 240) {
            throw DomainException.onField("members", "delegation.members.tooLong");
        }
        if (draft.startsOn() == null) {
            throw DomainException.onField("startsOn", "NotNull");
        }
        LocalDate endsOn = draft.endsOn() == null ? draft.startsOn() : draft.endsOn();
        if (endsOn.isBefore(draft.startsOn())
                || ChronoUnit.DAYS.between(draft.startsOn(), endsOn) >= Delegation.MAX_DAYS) {
            throw DomainException.onField("endsOn", "delegation.days.invalid", Delegation.MAX_DAYS);
        }
        Organisation union = organisations.findById(actor.organisationId()).orElseThrow();
        Delegation delegation = new Delegation(delegations.nextId(), union.getId(), union.getName(), leader, members,
                draft.startsOn(), endsOn, actor.userId());
        delegations.add(delegation);
        auditLog.record(AuditEntry.success(actor, AuditAction.DELEGATION_CREATE, "delegation", delegation.id(),
                delegation.startsOn() + ".." + delegation.endsOn()));
        return delegation;
    }

    /** Delegations of the actor's subtree and of the unions above it, the latest first. */
    @Transactional(readOnly = true)
    public List<Delegation> list(Actor actor) {
        return delegations.visibleFrom(actor.organisationPath(), LISTED);
    }

    @Transactional(readOnly = true)
    public Delegation view(Actor actor, long id) {
        Delegation delegation = delegations.find(id).orElseThrow(() -> new NotFoundException("delegation", id));
        if (!visibleTo(actor, delegation)) {
            throw new OutsideScopeException("delegation " + id);
        }
        return delegation;
    }

    /** The delegation's visits to households the actor may see (never those of a sibling union). */
    @Transactional(readOnly = true)
    public List<Visits.DelegationVisit> visits(Actor actor, long id) {
        view(actor, id);
        return visits.ofDelegation(id, actor.organisationPath());
    }

    /** The delegations of a union in the actor's reach, out within the last year: who may hand over its cash and goods. */
    @Transactional(readOnly = true)
    public List<Delegation> sentBy(Actor actor, long unionId) {
        actor.requireReach(organisations.findById(unionId).orElseThrow(() -> new NotFoundException("union", unionId))
                .path());
        return delegations.sentBy(List.of(unionId), LocalDate.now(clock).minusYears(1));
    }

    private boolean visibleTo(Actor actor, Delegation delegation) {
        return actor.organisationPath().ids().contains(delegation.organisationId())
                || actor.reaches(organisations.findById(delegation.organisationId()).orElseThrow().path());
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
