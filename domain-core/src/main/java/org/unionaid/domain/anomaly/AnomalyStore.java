package org.unionaid.domain.anomaly;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.unionaid.domain.scope.OrganisationPath;

/** Runs, their hits and dismissals (append-only but for a run's progress). Implemented in persistence. */
public interface AnomalyStore {

    long nextRunId();

    void addRun(long id, long scopeUnionId, OrganisationPath scope, Long startedBy, Instant startedAt,
            LocalDate asOf, AnomalySettings settings, int rulesTotal);

    /** Takes a started run for execution; false when it was taken already (it runs once, wherever asked). */
    boolean take(long runId);

    void ruleDone(long runId, AnomalyRule rule, int hits, Instant startedAt, long elapsedMillis);

    void finish(long runId, Instant at);

    void fail(long runId, Instant at, String failure);

    Optional<AnomalyRun> run(long runId);

    /**
     * The run going on over exactly this subtree, if one started after {@code startedAfter} (an older one was cut
     * short by a stop of the application and no longer counts).
     */
    Optional<AnomalyRun> running(OrganisationPath scope, Instant startedAfter);

    /** The ids of the top unions (those without a parent): the nightly run covers each one's subtree. */
    List<Long> topUnions();

    /**
     * The newest finished run whose subtree holds the whole of {@code reader}'s (its scope is the reader's union
     * or one above it): what the reader's desk shows.
     */
    Optional<AnomalyRun> latestCovering(OrganisationPath reader);

    /** Runs whose subtree holds the reader's or lies inside it, newest first. */
    List<AnomalyRun> runsSeenFrom(OrganisationPath reader, int limit);

    /** Each rule of the run, with the hits of the reader's subtree and how many of those a dismissal hides. */
    List<RuleResult> results(long runId, OrganisationPath reader);

    /**
     * A page of the run's hits of the reader's subtree, by rule then amount (largest first); hits a dismissal of the
     * reader's union or above hides are left out unless {@code withDismissed}.
     */
    Page<Hit> hits(long runId, OrganisationPath reader, AnomalyRule rule, boolean withDismissed, Pageable pageable);

    Optional<Hit> hit(long runId, AnomalyRule rule, String key, OrganisationPath reader);

    /** Records a dismissal; false when the union had dismissed the same hit already. */
    boolean dismiss(AnomalyRule rule, String key, long unionId, OrganisationPath unionPath, long runId, String reason,
            long by, Instant at);
}
