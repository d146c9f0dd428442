package org.unionaid.domain.hardship;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.audit.AuditOutcome;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * R-PRIV-02 — erasing the content of import uploads: when the uploader gives the import up, as soon as a refused
 * upload's report is made (the report is kept, the spreadsheet is not), after a commit ({@link FileImport}), and
 * by the sweep for whatever has been kept for {@link UploadRetention#KEPT_AT_MOST}. Each erasure is an audit
 * entry under the uploader's union, without the file name (it may be a person's name) or any content.
 */
@Service
public class ImportUploadErasure {

    /** Who the audit log names for the sweep, which nobody signed in to do. */
    public static final String SYSTEM = "system";

    /** Uploads erased per statement round of a sweep. */
    private static final int SWEEP_BATCH = 500;

    private final ImportUploads uploads;
    private final AuditLog auditLog;
    private final Clock clock;

    public ImportUploadErasure(ImportUploads uploads, AuditLog auditLog, Clock clock) {
        this.uploads = uploads;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The uploader gives the import up: the spreadsheet is erased now, not in a week. */
    @Transactional
    public void abandon(Actor actor, long id) {
        ImportUploads.Upload upload = own(actor, id);
        if (upload.committed()) {
            throw new DomainException("file.import.alreadyCommitted", upload.committedFiles());
        }
        erase(actor, upload, UploadRetention.Reason.ABANDONED, "");
    }

    /**
     * The check refused the upload: its report (rows read, every problem) is kept for the page and the problem
     * list, and the spreadsheet is erased — the clerk corrects the original and uploads it again.
     */
    @Transactional
    public void refuse(Actor actor, long id, ImportReport report) {
        ImportUploads.Upload upload = own(actor, id);
        if (upload.erased()) {
            return;
        }
        uploads.keepReport(id, report.rows(), report.problems());
        erase(actor, upload, UploadRetention.Reason.REFUSED,
                report.problemRows().size() + " of " + report.rows() + " rows with problems, ");
    }

    /** After a commit, in the commit's transaction: the files are opened, the spreadsheet has served. */
    void committed(Actor actor, ImportUploads.Upload upload, int files) {
        erase(actor, upload, UploadRetention.Reason.COMMITTED, files + " files opened, ");
    }

    /**
     * The sweep: erases every upload that would otherwise be kept longer than {@link UploadRetention#KEPT_AT_MOST}
     * by the next sweep; returns how many. Each is audited as the system's act under the uploader's union.
     */
    @Transactional
    public int eraseExpired() {
        Instant now = clock.instant();
        int erased = 0;
        List<ImportUploads.Kept> due;
        do {
            due = uploads.keptSince(UploadRetention.sweepCutoff(now), SWEEP_BATCH);
            for (ImportUploads.Kept kept : due) {
                if (uploads.erase(kept.id(), UploadRetention.Reason.EXPIRED, now)) {
                    erased++;
                    auditLog.record(new AuditEntry(now, SYSTEM, null, kept.uploaderUnionId(), null,
                            AuditAction.IMPORT_UPLOAD_ERASE, "file_import_upload", String.valueOf(kept.id()),
                            AuditOutcome.SUCCESS, "EXPIRED: uploaded " + kept.uploadedAt() + " by user "
                                    + kept.uploadedBy() + ", " + kept.sealedBytes() + " sealed bytes erased"));
                }
            }
        } while (due.size() == SWEEP_BATCH);
        return erased;
    }

    private void erase(Actor actor, ImportUploads.Upload upload, UploadRetention.Reason reason, String what) {
        Instant now = clock.instant();
        if (uploads.erase(upload.id(), reason, now)) {
            auditLog.record(AuditEntry.success(actor, AuditAction.IMPORT_UPLOAD_ERASE, "file_import_upload",
                    upload.id(), reason + ": " + what + "uploaded " + upload.uploadedAt()));
        }
    }

    /** An upload of the actor's own; anyone else's does not exist for them. */
    private ImportUploads.Upload own(Actor actor, long id) {
        actor.requireRole(Role.CLERK);
        return uploads.find(id).filter(upload -> upload.uploadedBy() == actor.userId())
                .orElseThrow(() -> new NotFoundException("import upload", id));
    }
}
