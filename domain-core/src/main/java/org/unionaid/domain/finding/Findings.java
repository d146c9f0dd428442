package org.unionaid.domain.finding;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.unionaid.domain.anomaly.AnomalyRule;
import org.unionaid.domain.anomaly.RecordRef;
import org.unionaid.domain.hardship.DocumentType;
import org.unionaid.domain.scope.OrganisationPath;

/** Findings, their steps and evidence, all append-only. Implemented in persistence. */
public interface Findings {

    long nextId();

    void add(long id, NewFinding finding, OrganisationPath unionPath, long raisedBy, long raisedUnionId,
            OrganisationPath raisedUnionPath, Instant at);

    Optional<Finding> find(long id);

    /** The finding, its row locked until the transaction ends, so that two steps on it take turns. */
    Optional<Finding> lock(long id);

    List<FindingStep> steps(long findingId);

    long addStep(long findingId, StepKind kind, String text, long takenBy, long unionId, Instant at);

    void addEvidence(long stepId, String filename, DocumentType type, byte[] content);

    Optional<FindingStep.Evidence> evidence(long evidenceId);

    byte[] evidenceContent(long evidenceId);

    /**
     * A page of findings, newest first: those whose responsible union lies in {@code range}, or — with
     * {@code unionId} — only that union's own; optionally of one status.
     */
    Page<Finding> list(OrganisationPath range, Long unionId, FindingStatus status, Pageable pageable);

    /** Findings raised from these hits, by hit key, for the reader's range. */
    Map<String, Long> fromHits(AnomalyRule rule, Collection<String> keys, OrganisationPath range);

    /**
     * The union path each record belongs to (a file's union, a line's paying union…); records of unknown types or
     * that do not exist are absent.
     */
    Map<RecordRef, String> unionPaths(Collection<RecordRef> records);
}
