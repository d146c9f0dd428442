package org.unionaid.domain.workpaper;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.anomaly.AnomalyRun;
import org.unionaid.domain.anomaly.AnomalyDetection;
import org.unionaid.domain.anomaly.DeskAccess;
import org.unionaid.domain.anomaly.Hit;
import org.unionaid.domain.anomaly.RuleResult;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.finding.Finding;
import org.unionaid.domain.finding.FindingWorkflow;
import org.unionaid.domain.ledger.ChainVerification;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAccounts;

/**
 * R-AUDIT-10 — the auditor's working papers (审计工作底稿) of the own subtree: a run's hits, the findings with
 * their steps, every chain of the subtree verified with its head; named with the auditor, the time and the scope,
 * and their making is in the audit log. The pages write them as Excel and PDF.
 */
@Service
public class WorkingPaperMaking {

    private static final int PAGE = 1_000;

    private final AnomalyDetection runs;
    private final FindingWorkflow findings;
    private final LedgerHeads heads;
    private final ChainVerification verification;
    private final Organisations organisations;
    private final UserAccounts users;
    private final AuditLog auditLog;
    private final Clock clock;

    public WorkingPaperMaking(AnomalyDetection runs, FindingWorkflow findings, LedgerHeads heads,
            ChainVerification verification, Organisations organisations, UserAccounts users, AuditLog auditLog,
            Clock clock) {
        this.runs = runs;
        this.findings = findings;
        this.heads = heads;
        this.verification = verification;
        this.organisations = organisations;
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The paper for the run {@code runId} (or the desk's latest run, or none), made now and audited as {@code format}. */
    @Transactional
    public WorkingPaper make(Actor actor, Long runId, String format) {
        DeskAccess.requireAuditor(actor);
        AnomalyRun run = runId != null ? runs.view(actor, runId) : runs.latest(actor).orElse(null);
        List<RuleResult> results = run == null ? List.of() : runs.results(actor, run.id());
        List<Hit> hits = new ArrayList<>();
        if (run != null) {
            Page<Hit> page;
            int number = 0;
            do {
                page = runs.hits(actor, run.id(), null, true, PageRequest.of(number++, PAGE));
                hits.addAll(page.getContent());
            } while (page.hasNext());
        }
        List<WorkingPaper.FindingWithSteps> raised = new ArrayList<>();
        Page<Finding> page;
        int number = 0;
        do {
            page = findings.list(actor, null, PageRequest.of(number++, PAGE));
            page.forEach(f -> raised.add(new WorkingPaper.FindingWithSteps(f, findings.steps(actor, f.id()))));
        } while (page.hasNext());
        List<WorkingPaper.ChainCheck> chains = heads.headsIn(actor.organisationPath()).stream()
                .map(head -> new WorkingPaper.ChainCheck(head, verification.verify(head.unionId()))).toList();
        Organisation union = organisations.findById(actor.organisationId()).orElseThrow();
        String name = users.findById(actor.userId()).map(UserAccount::getDisplayName).orElse(actor.loginName());
        WorkingPaper paper = new WorkingPaper(name, actor.loginName(), union.getName(), union.path().value(),
                Instant.now(clock), run, results, hits, raised, chains);
        long broken = chains.stream().filter(c -> !c.report().intact()).count();
        auditLog.record(AuditEntry.success(actor, AuditAction.WORKING_PAPER_EXPORT, "anomaly_run",
                run == null ? null : run.id(), format + ": " + hits.size() + " hits, " + raised.size() + " findings, "
                        + chains.size() + " chains (" + broken + " broken)"));
        return paper;
    }
}
