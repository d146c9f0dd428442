package org.unionaid.domain.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.hardship.AttachmentKind;
import org.unionaid.domain.hardship.Attachments;
import org.unionaid.domain.hardship.FileEvent;
import org.unionaid.domain.hardship.FileFilter;
import org.unionaid.domain.hardship.FileHistory;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileSnapshot;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.FileSummary;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.HardshipFiles;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.domain.shared.Refusal;

/**
 * Approval (审批) by an approver of a union above the file's own — typically the assistance centre of the
 * county — judged by {@link ApprovalRules}: the notice passed, nobody who made the file approves it, no
 * exclusion, a category the income supports or a higher union confirmed, every required document, a
 * consistent income check, union membership. Several files can be approved at once, each judged on its own;
 * the waiting list shows each file with what still blocks it.
 */
@Service
@Transactional
public class FileApproval {

    /**
     * The events whose actors may not approve the file. Recording the income check is not among them:
     * checking is the approver's own job; nor is confirming a category, a higher union's check.
     */
    static final Set<FileEvent> MAKERS = Set.of(FileEvent.OPENED, FileEvent.IMPORTED, FileEvent.SUBMITTED,
            FileEvent.REVISED, FileEvent.CATEGORY_DECIDED, FileEvent.NOTICE_STARTED, FileEvent.NOTICE_PASSED);

    private final HardshipFiles files;
    private final FileRegistration registration;
    private final FileHistory history;
    private final Attachments attachments;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    public FileApproval(HardshipFiles files, FileRegistration registration, FileHistory history,
            Attachments attachments, Organisations organisations, AuditLog auditLog, Clock clock) {
        this.files = files;
        this.registration = registration;
        this.history = history;
        this.attachments = attachments;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * A file waiting for approval as this approver sees it: what blocks it (empty: it may be approved now)
     * and the documents it lacks.
     */
    public record Waiting(FileSummary file, List<Refusal> blockers, Set<AttachmentKind> missingDocuments) {

        public boolean approvable() {
            return blockers.isEmpty();
        }
    }

    /** Files of the approver's subtree whose notice passed, each with what still blocks it. */
    @Transactional(readOnly = true)
    public Page<Waiting> waiting(Actor actor, Pageable pageable) {
        actor.requireRole(Role.APPROVER);
        Page<FileSummary> page = registration.search(actor, new FileFilter(null, null, FileStatus.NOTICE_PASSED),
                pageable);
        List<Long> ids = page.getContent().stream().map(FileSummary::id).toList();
        Map<Long, ApprovalRules.Case> cases = new LinkedHashMap<>();
        Map<Long, Set<Long>> makers = history.actorsOf(ids, MAKERS);
        Map<Long, Set<AttachmentKind>> documents = attachments.kindsOf(ids);
        LocalDate today = LocalDate.now(clock);
        files.forEachPageOf(ids, Math.max(1, ids.size()), byId -> byId.forEach((id, file) -> cases.put(id,
                new ApprovalRules.Case(file, actor.userId(), actor.organisationPath(),
                        makers.getOrDefault(id, Set.of()), documents.getOrDefault(id, Set.of()), today))));
        List<Waiting> waiting = new ArrayList<>();
        for (FileSummary summary : page.getContent()) {
            ApprovalRules.Case c = cases.get(summary.id());
            waiting.add(new Waiting(summary, ApprovalRules.ALL.allRefusals(c), c.missingDocuments()));
        }
        return new PageImpl<>(waiting, pageable, page.getTotalElements());
    }

    /**
     * Approves each of the files the approver may approve; returns the others with the first rule that
     * refused each. Approving confirms the proposed level as far as the approver's union reaches.
     */
    public Map<Long, Refusal> approve(Actor actor, List<Long> fileIds) {
        actor.requireRole(Role.APPROVER);
        FileLevel confirmable = confirmableLevel(actor);
        Map<Long, Refusal> refused = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (long id : fileIds) {
            HardshipFile file = load(actor, id);
            var refusal = ApprovalRules.ALL.firstRefusal(approvalCase(actor, file, today));
            if (refusal.isPresent()) {
                refused.put(id, refusal.get());
                continue;
            }
            Map<String, String> before = FileSnapshot.of(file);
            try {
                file.approve(today, actor.userId(), confirmable);
            } catch (DomainException transitionRefused) {
                refused.put(id, new Refusal(transitionRefused.messageKey(), List.of(transitionRefused.arguments())));
                continue;
            }
            history.record(new FileHistory.Entry(id, clock.instant(), actor.userId(), actor.loginName(),
                    FileEvent.APPROVED, FileSnapshot.changes(before, FileSnapshot.of(file)), null));
            auditLog.record(AuditEntry.success(actor, AuditAction.FILE_APPROVE, "hardship_file", id, null));
        }
        return refused;
    }

    /** The approver sends a file whose notice passed back to the clerk, with the reason. */
    public HardshipFile returnToClerk(Actor actor, long id, String reason) {
        HardshipFile file = load(actor, id);
        ApprovalRules.Case c = approvalCase(actor, file, LocalDate.now(clock));
        new ApprovalRules.ApproverAboveTheFilesUnion().check(c).or(() -> new ApprovalRules.NotAMakerOfTheFile()
                .check(c)).ifPresent(refusal -> {
                    throw refusal.toException();
                });
        Map<String, String> before = FileSnapshot.of(file);
        file.returnToClerk(reason);
        history.record(new FileHistory.Entry(id, clock.instant(), actor.userId(), actor.loginName(), FileEvent.RETURNED,
                FileSnapshot.changes(before, FileSnapshot.of(file)), file.getReturnReason()));
        auditLog.record(AuditEntry.success(actor, AuditAction.FILE_RETURN, "hardship_file", id, reason));
        return file;
    }

    /**
     * R-LEVEL-01 — an approver of a union above the level in effect confirms the proposed level as far as the
     * union reaches (a province's approver up to 省级, a national union's up to 全国级).
     */
    public HardshipFile confirmLevel(Actor actor, long id) {
        HardshipFile file = load(actor, id);
        if (file.getStatus() != FileStatus.APPROVED) {
            throw new DomainException("file.level.notApproved");
        }
        Map<String, String> before = FileSnapshot.of(file);
        if (!file.confirmLevel(confirmableLevel(actor), actor.userId())) {
            throw new DomainException("file.level.beyondReach");
        }
        history.record(new FileHistory.Entry(id, clock.instant(), actor.userId(), actor.loginName(),
                FileEvent.LEVEL_CONFIRMED, FileSnapshot.changes(before, FileSnapshot.of(file)), null));
        auditLog.record(AuditEntry.success(actor, AuditAction.FILE_LEVEL_CONFIRM, "hardship_file", id,
                String.valueOf(file.getConfirmedLevel())));
        return file;
    }

    /** The highest level an approver of the actor's union may confirm. */
    private FileLevel confirmableLevel(Actor actor) {
        return FileLevel.confirmableBy(organisations.findById(actor.organisationId())
                .orElseThrow(() -> new NotFoundException("organisation", actor.organisationId())).getType());
    }

    private ApprovalRules.Case approvalCase(Actor actor, HardshipFile file, LocalDate today) {
        long id = file.getId();
        return new ApprovalRules.Case(file, actor.userId(), actor.organisationPath(),
                history.actorsOf(List.of(id), MAKERS).getOrDefault(id, Set.of()),
                attachments.kindsOf(List.of(id)).getOrDefault(id, Set.of()), today);
    }

    /** A file of the approver's subtree (the role and the reach are authorisation: outside them is a 403). */
    private HardshipFile load(Actor actor, long id) {
        HardshipFile file = files.findById(id).orElseThrow(() -> new NotFoundException("hardship file", id));
        actor.require(Role.APPROVER, file.getOrganisation().path());
        return file;
    }
}
