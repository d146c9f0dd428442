package org.unionaid.reporting.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.reporting.ReportingRules;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.domain.shared.Refusal;
import org.unionaid.reporting.table.ReportingSpan;
import org.unionaid.reporting.table.TableDefinitions;

/**
 * Reporting periods (报表期): defined once by the top union (R-STAT-01), each form in the layout in force for the
 * period's year (R-STAT-08); every union of the tree takes part and reports the campaigns that start in the period,
 * whoever organised them (R-STAT-02).
 */
@Service
@Transactional
public class ReportingPeriodAdministration {

    private final PeriodStore store;
    private final TableDefinitions definitions;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    public ReportingPeriodAdministration(PeriodStore store, TableDefinitions definitions, Organisations organisations,
            JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.definitions = definitions;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** R-STAT-01 — the top union's admin or approver defines a period for the whole tree. */
    public ReportingPeriod define(Actor actor, PeriodDraft draft) {
        requireDefinerRole(actor);
        Organisation top = organisations.findById(actor.organisationId()).orElseThrow();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw DomainException.onField("name", "report.period.name.required");
        }
        if (draft.year() == null || draft.year() < 2000 || draft.year() > 2100) {
            throw DomainException.onField("year", "campaign.year.invalid");
        }
        if (draft.startsOn() == null || draft.endsOn() == null || draft.endsOn().isBefore(draft.startsOn())) {
            throw DomainException.onField("endsOn", "campaign.period.invalid");
        }
        if (draft.finalDeadline() == null || draft.finalDeadline().isBefore(draft.startsOn())) {
            throw DomainException.onField("finalDeadline", "campaign.deadline.invalid");
        }
        Map<String, String> layouts = new LinkedHashMap<>();
        for (String form : definitions.forms()) {
            if (draft.forms() != null && draft.forms().contains(form)) {
                layouts.put(form, definitions.inForce(form, draft.year()).orElseThrow().code());
            }
        }
        if (layouts.isEmpty()) {
            throw DomainException.onField("forms", "report.period.forms.required");
        }
        ReportingRules.PeriodCase period = new ReportingRules.PeriodCase(top.getParentId() == null,
                draft.startsOn(), draft.finalDeadline(), levelsBelow(top.path()), draft.deadlines());
        Optional<Refusal> refusal = ReportingRules.PERIOD.firstRefusal(period);
        if (refusal.isPresent()) {
            List<Object> arguments = refusal.get().arguments();
            throw arguments.isEmpty() ? refusal.get().onField("name")
                    : DomainException.onField("deadlines[" + arguments.get(0) + "]", refusal.get().messageKey());
        }
        ReportingPeriod defined = new ReportingPeriod(store.nextId(), top.getId(), top.getName(), name, draft.year(),
                draft.startsOn(), draft.endsOn(), draft.finalDeadline(), layouts, period.deadlines());
        if (!store.add(defined, actor.userId(), clock.instant())) {
            throw DomainException.onField("name", "report.period.name.taken");
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.PERIOD_CREATE, "reporting_period", defined.id(),
                name + " " + layouts.values()));
        return defined;
    }

    /** The periods the actor's union reports in: defined by it or a union above it, newest first. */
    @Transactional(readOnly = true)
    public List<ReportingPeriod> visible(Actor actor) {
        return store.definedAbove(actor.organisationPath());
    }

    /** A period the actor's union takes part in. */
    @Transactional(readOnly = true)
    public ReportingPeriod view(Actor actor, long periodId) {
        ReportingPeriod period = find(periodId);
        if (!definerPath(period).contains(actor.organisationPath())) {
            throw new OutsideScopeException("reporting period " + periodId);
        }
        return period;
    }

    /** R-STAT-01 — only an admin or approver opens the form or defines; below the top union the form says why not. */
    public void requireDefinerRole(Actor actor) {
        actor.requireAnyRole(Role.ADMIN, Role.APPROVER);
    }

    /** Whether the actor's union may define periods: the top union's admin or approver (the form is offered to them). */
    public boolean mayDefine(Actor actor) {
        return (actor.has(Role.ADMIN) || actor.has(Role.APPROVER)) && actor.organisationPath().depth() == 1;
    }

    /** The levels that report in the actor's tree, for the form. */
    @Transactional(readOnly = true)
    public Set<OrganisationType> reportingLevels(Actor actor) {
        return levelsBelow(actor.organisationPath());
    }

    ReportingPeriod find(long periodId) {
        return store.find(periodId).orElseThrow(() -> new NotFoundException("reporting period", periodId));
    }

    OrganisationPath definerPath(ReportingPeriod period) {
        return organisations.findById(period.organisationId()).orElseThrow().path();
    }

    /** What the period's tables cover (R-STAT-02): its days and the campaigns that start in them. */
    public ReportingSpan span(ReportingPeriod period) {
        return new ReportingSpan(period.startsOn(), period.endsOn(), store.campaigns(period, definerPath(period)));
    }

    /**
     * The same union's period of the year before (this year against last year): the latest of the previous year, or
     * else the latest that started before this one.
     */
    @Transactional(readOnly = true)
    public Optional<ReportingPeriod> previous(ReportingPeriod period) {
        List<ReportingPeriod> earlier = store.definedAbove(definerPath(period)).stream()
                .filter(p -> p.organisationId() == period.organisationId() && p.startsOn().isBefore(period.startsOn()))
                .sorted(Comparator.comparing(ReportingPeriod::startsOn).reversed()).toList();
        return earlier.stream().filter(p -> p.year() == period.year() - 1).findFirst()
                .or(() -> earlier.stream().findFirst());
    }

    /** The unions from the reader's own down to {@code shown}, each a step back up from a drill-down. */
    @Transactional(readOnly = true)
    public List<Organisation> trail(Actor actor, Organisation shown) {
        actor.requireReach(shown.path());
        return organisations.ancestorsOf(shown.path()).stream().filter(o -> actor.reaches(o.path())).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Set<OrganisationType> levelsBelow(OrganisationPath top) {
        Set<OrganisationType> levels = EnumSet.noneOf(OrganisationType.class);
        jdbc.sql("""
                select distinct type from organisation where path > :lower and path < :upper
                """).param("lower", top.lowerBound()).param("upper", top.upperBound())
                .query(String.class).list().forEach(type -> levels.add(OrganisationType.valueOf(type)));
        return levels;
    }
}
