package org.unionaid.domain.anomaly;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Running the anomaly rules (异常线索) over a subtree and reading the results: on demand by an auditor, over the
 * auditor's subtree, and every night over each top union's. A run is started (one row, RUNNING), then executed
 * rule by rule outside any transaction: each rule is one statement that stores its hits, and the run's progress
 * moves after each, so the page can show how far it is. A run reads business data and writes only its own
 * results (R-AUDIT-01); the results keep the run's time, the day it judged as today, the thresholds and each
 * rule's version.
 */
@Service
public class AnomalyDetection {

    private final List<AnomalyCheck> checks;
    private final AnomalyStore store;
    private final AuditSettings settings;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    public AnomalyDetection(List<AnomalyCheck> checks, AnomalyStore store, AuditSettings settings,
            Organisations organisations, AuditLog auditLog, Clock clock) {
        this.checks = checks.stream().sorted(Comparator.comparing(AnomalyCheck::rule)).toList();
        this.store = store;
        this.settings = settings;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The rules this installation runs, in the desk's order. */
    public List<AnomalyRule> rules() {
        return checks.stream().map(AnomalyCheck::rule).toList();
    }

    /**
     * R-AUDIT-02 — an auditor starts a run over the own union's subtree; while one runs over that subtree, the
     * same run is returned instead of a second one.
     */
    @Transactional
    public AnomalyRun start(Actor actor) {
        DeskAccess.requireAuditor(actor);
        Optional<AnomalyRun> going = store.running(actor.organisationPath(), staleBefore());
        if (going.isPresent()) {
            return going.get();
        }
        long id = begin(actor.organisationId(), actor.userId());
        auditLog.record(AuditEntry.success(actor, AuditAction.ANOMALY_RUN, "anomaly_run", id,
                checks.size() + " rules over " + actor.organisationPath()));
        return store.run(id).orElseThrow();
    }

    /** Starts the nightly run over a top union's subtree (no one started it); null when one is going on. */
    @Transactional
    public Long startNightly(long topUnionId) {
        Organisation union = organisations.findById(topUnionId)
                .orElseThrow(() -> new NotFoundException("organisation", topUnionId));
        return store.running(union.path(), staleBefore()).isPresent() ? null : begin(topUnionId, null);
    }

    /** Starts the nightly runs, one per top union; returns the runs started. */
    @Transactional
    public List<Long> startNightly() {
        return store.topUnions().stream().map(this::startNightly).filter(Objects::nonNull).toList();
    }

    /** A run that started this long ago and still says RUNNING was cut short (the application stopped). */
    private Instant staleBefore() {
        return Instant.now(clock).minus(Duration.ofHours(6));
    }

    private long begin(long unionId, Long startedBy) {
        Organisation union = organisations.findById(unionId).orElseThrow(() -> new NotFoundException("organisation",
                unionId));
        long id = store.nextRunId();
        store.addRun(id, unionId, union.path(), startedBy, Instant.now(clock), LocalDate.now(clock), settings.current(),
                checks.size());
        return id;
    }

    /**
     * Runs every rule of a started run, one statement each and not in a transaction, so that each rule's hits and
     * the run's progress are visible as soon as the rule is done. A rule that fails ends the run as failed, and
     * is thrown on.
     */
    public void execute(long runId) {
        AnomalyRun run = store.run(runId).orElseThrow(() -> new NotFoundException("anomaly run", runId));
        if (!store.take(runId)) {
            return; // another executor runs it: two auditors of one union asked at once, or it is over
        }
        RunContext context = new RunContext(runId, new OrganisationPath(run.scopePath()), run.asOf(), run.settings());
        AnomalyRule current = null;
        try {
            for (AnomalyCheck check : checks) {
                current = check.rule();
                Instant started = Instant.now(clock);
                long began = System.nanoTime();
                int hits = check.run(context);
                store.ruleDone(runId, check.rule(), hits, started, (System.nanoTime() - began) / 1_000_000);
            }
            store.finish(runId, Instant.now(clock));
        } catch (RuntimeException e) {
            // the run says where it stopped; the caller (a worker thread, the nightly job) logs the cause
            store.fail(runId, Instant.now(clock), current + ": " + e.getClass().getSimpleName());
            throw e;
        }
    }

    @Transactional(readOnly = true)
    public AnomalyRun view(Actor actor, long runId) {
        AnomalyRun run = store.run(runId).orElseThrow(() -> new NotFoundException("anomaly run", runId));
        DeskAccess.requireSees(actor, run.scopePath());
        return run;
    }

    /** The newest finished run the reader's desk shows: over the reader's subtree or a wider one. */
    @Transactional(readOnly = true)
    public Optional<AnomalyRun> latest(Actor actor) {
        DeskAccess.requireAuditor(actor);
        return store.latestCovering(actor.organisationPath());
    }

    @Transactional(readOnly = true)
    public List<AnomalyRun> recent(Actor actor) {
        DeskAccess.requireAuditor(actor);
        return store.runsSeenFrom(actor.organisationPath(), 20);
    }

    @Transactional(readOnly = true)
    public List<RuleResult> results(Actor actor, long runId) {
        view(actor, runId);
        return store.results(runId, actor.organisationPath());
    }

    @Transactional(readOnly = true)
    public Page<Hit> hits(Actor actor, long runId, AnomalyRule rule, boolean withDismissed, Pageable pageable) {
        view(actor, runId);
        return store.hits(runId, actor.organisationPath(), rule, withDismissed, pageable);
    }

    @Transactional(readOnly = true)
    public Hit hit(Actor actor, long runId, AnomalyRule rule, String key) {
        view(actor, runId);
        return store.hit(runId, rule, key, actor.organisationPath())
                .orElseThrow(() -> new NotFoundException("anomaly hit", rule + " " + key));
    }

    /**
     * R-AUDIT-07 — an auditor takes a hit off the list with a reason: the same hit (rule and key) does not return
     * in later runs for the auditor's union and the unions below; auditors above still see it, with the reason.
     */
    @Transactional
    public void dismiss(Actor actor, long runId, AnomalyRule rule, String key, String reason) {
        Hit hit = hit(actor, runId, rule, key);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw DomainException.onField("reason", "anomaly.dismiss.reasonRequired");
        }
        if (!store.dismiss(rule, key, actor.organisationId(), actor.organisationPath(), runId, why, actor.userId(),
                Instant.now(clock))) {
            throw new DomainException("anomaly.dismiss.already");
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.ANOMALY_DISMISS, "anomaly_run", runId,
                rule.ruleId() + " " + hit.key() + ": " + why));
    }
}
