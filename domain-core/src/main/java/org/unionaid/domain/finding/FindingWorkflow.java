package org.unionaid.domain.finding;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.anomaly.AnomalyRule;
import org.unionaid.domain.anomaly.RecordRef;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.hardship.DocumentType;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.domain.shared.Refusal;

/**
 * Findings to rectification (审计发现 → 整改): an auditor raises a finding on records of the subtree for the union
 * responsible; that union's staff answer with the rectification and its evidence; an auditor of the raising union
 * or above confirms it closed, or returns it. Every step is appended, never changed (R-AUDIT-06), and each is in
 * the audit log. Auditors see the findings of their subtree, so those above see what those below raised; the
 * responsible union's staff see their own.
 */
@Service
@Transactional
public class FindingWorkflow {

    static final int MAX_EVIDENCE = 5;
    static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

    private final Findings findings;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    public FindingWorkflow(Findings findings, Organisations organisations, AuditLog auditLog, Clock clock) {
        this.findings = findings;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** R-AUDIT-04 — raises a finding on records the auditor reaches, for a union of the auditor's subtree. */
    public Finding raise(Actor actor, NewFinding draft) {
        actor.requireRole(Role.AUDITOR);
        Organisation union = draft.unionId() == null ? null : organisations.findById(draft.unionId())
                .orElseThrow(() -> new NotFoundException("organisation", draft.unionId()));
        require(FindingRules.raisable(actor, union == null ? null : union.path(), draft.title(), draft.note()));
        Map<RecordRef, String> paths = findings.unionPaths(draft.records());
        for (RecordRef record : draft.records()) {
            String path = paths.get(record);
            if (path == null || !actor.reaches(new OrganisationPath(path))) {
                throw DomainException.onField("records", "finding.record.unknown", record.toString());
            }
        }
        NewFinding clean = new NewFinding(union.getId(), draft.title().strip(), draft.note().strip(),
                draft.records().stream().distinct().toList(), draft.runId(), draft.rule(), draft.hitKey());
        long id = findings.nextId();
        findings.add(id, clean, union.path(), actor.userId(), actor.organisationId(), actor.organisationPath(),
                Instant.now(clock));
        auditLog.record(AuditEntry.success(actor, AuditAction.FINDING_RAISE, "finding", id, "for union "
                + union.getId() + (clean.rule() == null ? "" : ", from " + clean.rule().ruleId() + " " + clean.hitKey())
                + ", " + clean.records().size() + " records"));
        return findings.find(id).orElseThrow();
    }

    /** R-AUDIT-05 — the responsible union answers with its rectification and up to five documents of evidence. */
    public FindingStep answer(Actor actor, long findingId, String text, List<EvidenceUpload> evidence) {
        Finding finding = locked(actor, findingId);
        require(FindingRules.answerable(actor, finding));
        require(FindingRules.text(text, "finding.answer.textRequired"));
        List<EvidenceUpload> uploads = evidence == null ? List.of()
                : evidence.stream().filter(e -> e.content() != null && e.content().length > 0).toList();
        if (uploads.size() > MAX_EVIDENCE) {
            throw DomainException.onField("evidence", "finding.evidence.tooMany", MAX_EVIDENCE);
        }
        List<DocumentType> types = new ArrayList<>();
        for (EvidenceUpload upload : uploads) {
            if (upload.content().length > MAX_EVIDENCE_BYTES) {
                throw DomainException.onField("evidence", "attachment.tooLarge", MAX_EVIDENCE_BYTES / (1024 * 1024));
            }
            types.add(DocumentType.of(upload.content())
                    .orElseThrow(() -> DomainException.onField("evidence", "attachment.type")));
        }
        long step = findings.addStep(findingId, StepKind.ANSWERED, text.strip(), actor.userId(), actor.organisationId(),
                Instant.now(clock));
        for (int i = 0; i < uploads.size(); i++) {
            EvidenceUpload upload = uploads.get(i);
            String name = upload.filename() == null || upload.filename().isBlank() ? "evidence"
                    : DocumentType.safeFilename(upload.filename());
            findings.addEvidence(step, name, types.get(i), upload.content());
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.FINDING_ANSWER, "finding", findingId,
                uploads.size() + " documents"));
        return stepOf(findingId, step);
    }

    /** R-AUDIT-05 — an auditor of the raising union or above confirms the rectification and closes the finding. */
    public FindingStep confirm(Actor actor, long findingId, String text) {
        return decide(actor, findingId, StepKind.CONFIRMED, text, AuditAction.FINDING_CONFIRM);
    }

    /** R-AUDIT-05 — …or sends it back, saying why; the union answers again. */
    public FindingStep sendBack(Actor actor, long findingId, String text) {
        return decide(actor, findingId, StepKind.RETURNED, text, AuditAction.FINDING_RETURN);
    }

    private FindingStep decide(Actor actor, long findingId, StepKind kind, String text, AuditAction action) {
        Finding finding = locked(actor, findingId);
        Long answeredBy = findings.steps(findingId).stream().filter(s -> s.kind() == StepKind.ANSWERED)
                .max(Comparator.comparingLong(FindingStep::id)).map(FindingStep::takenBy).orElse(null);
        require(FindingRules.decidable(actor, finding, answeredBy));
        require(FindingRules.text(text, "finding.decide.textRequired"));
        long step = findings.addStep(findingId, kind, text.strip(), actor.userId(), actor.organisationId(),
                Instant.now(clock));
        auditLog.record(AuditEntry.success(actor, action, "finding", findingId, kind.name()));
        return stepOf(findingId, step);
    }

    @Transactional(readOnly = true)
    public Finding view(Actor actor, long findingId) {
        Finding finding = findings.find(findingId).orElseThrow(() -> new NotFoundException("finding", findingId));
        if (!FindingRules.visible(actor, finding)) {
            throw new OutsideScopeException("finding " + findingId);
        }
        return finding;
    }

    @Transactional(readOnly = true)
    public List<FindingStep> steps(Actor actor, long findingId) {
        view(actor, findingId);
        return findings.steps(findingId);
    }

    /** Auditors: the findings of their subtree. Anyone else: their own union's. */
    @Transactional(readOnly = true)
    public Page<Finding> list(Actor actor, FindingStatus status, Pageable pageable) {
        if (actor.has(Role.AUDITOR)) {
            return findings.list(actor.organisationPath(), null, status, pageable);
        }
        actor.requireAnyRole(FindingRules.STAFF.toArray(Role[]::new));
        return findings.list(actor.organisationPath(), actor.organisationId(), status, pageable);
    }

    /** Auditors: the findings already raised from these hits of a rule, by hit key, among those of their subtree. */
    @Transactional(readOnly = true)
    public Map<String, Long> raisedFromHits(Actor actor, AnomalyRule rule, Collection<String> keys) {
        actor.requireRole(Role.AUDITOR);
        return findings.fromHits(rule, keys, actor.organisationPath());
    }

    /** Auditors: the unions a finding may name, their subtree in path order (R-AUDIT-04). */
    @Transactional(readOnly = true)
    public List<Organisation> responsibleUnions(Actor actor) {
        actor.requireRole(Role.AUDITOR);
        return organisations.subtree(actor.organisationPath());
    }

    /** A document of a finding's evidence, for whoever sees the finding; every opening is in the audit log. */
    public Evidence openEvidence(Actor actor, long findingId, long evidenceId) {
        view(actor, findingId);
        FindingStep.Evidence evidence = findings.evidence(evidenceId)
                .filter(e -> findings.steps(findingId).stream().anyMatch(s -> s.id() == e.stepId()))
                .orElseThrow(() -> new NotFoundException("finding evidence", evidenceId));
        auditLog.record(AuditEntry.success(actor, AuditAction.FINDING_EVIDENCE_OPEN, "finding", findingId,
                "evidence " + evidenceId));
        return new Evidence(evidence, findings.evidenceContent(evidenceId));
    }

    /** A document with its bytes. */
    public record Evidence(FindingStep.Evidence document, byte[] content) {
    }

    private Finding locked(Actor actor, long findingId) {
        Finding finding = findings.lock(findingId).orElseThrow(() -> new NotFoundException("finding", findingId));
        if (!FindingRules.visible(actor, finding)) {
            throw new OutsideScopeException("finding " + findingId);
        }
        return finding;
    }

    private FindingStep stepOf(long findingId, long stepId) {
        return findings.steps(findingId).stream().filter(s -> s.id() == stepId).findFirst().orElseThrow();
    }

    private static void require(Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw r.toException();
        });
    }
}
