package org.unionaid.domain.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.hardship.FileEvent;
import org.unionaid.domain.hardship.FileFilter;
import org.unionaid.domain.hardship.FileHistory;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileSnapshot;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.FileSummary;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.HardshipFiles;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Approval (审批) by an approver of a union above the file's own — typically the assistance centre
 * of the county: only files whose notice passed, never by anyone who opened, submitted, decided or
 * put the file on notice (maker-checker). Several files can be approved at once, each judged on
 * its own.
 */
@Service
@Transactional
public class FileApproval {

    /**
     * The events whose actors may not approve the file. Recording the income check is not among
     * them: checking is the approver's own job.
     */
    private static final Set<FileEvent> MAKERS = Set.of(FileEvent.OPENED, FileEvent.IMPORTED, FileEvent.SUBMITTED,
            FileEvent.REVISED, FileEvent.CATEGORY_DECIDED, FileEvent.NOTICE_STARTED, FileEvent.NOTICE_PASSED);

    private final HardshipFiles files;
    private final FileRegistration registration;
    private final FileHistory history;
    private final AuditLog auditLog;
    private final Clock clock;

    public FileApproval(HardshipFiles files, FileRegistration registration, FileHistory history, AuditLog auditLog,
            Clock clock) {
        this.files = files;
        this.registration = registration;
        this.history = history;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Files of the approver's subtree whose notice passed. */
    @Transactional(readOnly = true)
    public Page<FileSummary> waiting(Actor actor, Pageable pageable) {
        actor.requireRole(Role.APPROVER);
        return registration.search(actor, new FileFilter(null, null, FileStatus.NOTICE_PASSED), pageable);
    }

    /**
     * Approves each of the files the approver may approve; returns the others with the reason
     * (message key) each was refused.
     */
    public Map<Long, String> approve(Actor actor, List<Long> fileIds) {
        actor.requireRole(Role.APPROVER);
        Map<Long, String> refused = new LinkedHashMap<>();
        for (long id : fileIds) {
            try {
                HardshipFile file = approvable(actor, id);
                Map<String, String> before = FileSnapshot.of(file);
                file.approve(LocalDate.now(clock));
                history.record(new FileHistory.Entry(id, clock.instant(), actor.userId(), actor.loginName(),
                        FileEvent.APPROVED, FileSnapshot.changes(before, FileSnapshot.of(file)), null));
                auditLog.record(AuditEntry.success(actor, AuditAction.FILE_APPROVE, "hardship_file", id, null));
            } catch (DomainException refusal) {
                refused.put(id, refusal.messageKey());
            }
        }
        return refused;
    }

    /** The approver sends a file whose notice passed back to the clerk, with the reason. */
    public HardshipFile returnToClerk(Actor actor, long id, String reason) {
        HardshipFile file = approvable(actor, id);
        Map<String, String> before = FileSnapshot.of(file);
        file.returnToClerk(reason);
        history.record(new FileHistory.Entry(id, clock.instant(), actor.userId(), actor.loginName(), FileEvent.RETURNED,
                FileSnapshot.changes(before, FileSnapshot.of(file)), file.getReturnReason()));
        auditLog.record(AuditEntry.success(actor, AuditAction.FILE_RETURN, "hardship_file", id, reason));
        return file;
    }

    /** A file this approver may judge: above its union, and no part in making it. */
    private HardshipFile approvable(Actor actor, long id) {
        HardshipFile file = files.findById(id).orElseThrow(() -> new NotFoundException("hardship file", id));
        actor.require(Role.APPROVER, file.getOrganisation().path());
        if (actor.organisationPath().equals(file.getOrganisation().path())) {
            throw new OutsideScopeException("approval belongs to a union above the file's own");
        }
        Set<Long> makers = history.of(id).stream().filter(entry -> MAKERS.contains(entry.event()))
                .map(FileHistory.Entry::actorId).collect(Collectors.toSet());
        if (makers.contains(actor.userId())) {
            throw new DomainException("file.approve.makerChecker");
        }
        return file;
    }
}
