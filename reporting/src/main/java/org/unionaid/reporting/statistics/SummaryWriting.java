package org.unionaid.reporting.statistics;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * R-STAT-03 — the written summary a union sends up with its tables (书面总结, seed 000; 送温暖报告, seed 002; 活动总结,
 * seed 003): typed on the table's page or uploaded as PDF or Word, by the union's clerk, approver or admin. Submitting
 * a table freezes the summary in force with the version; the parent and the unions above read it there.
 */
@Service
@Transactional
public class SummaryWriting {

    /** What a typed summary may hold: a few pages. */
    public static final int MAX_TEXT = 20000;

    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    private final SummaryStore store;
    private final ReportingPeriodAdministration periods;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    public SummaryWriting(SummaryStore store, ReportingPeriodAdministration periods, Organisations organisations,
            AuditLog auditLog, Clock clock) {
        this.store = store;
        this.periods = periods;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The actor's union's summary as typed; blank text keeps an uploaded document as the summary. */
    public void saveText(Actor actor, long periodId, String text) {
        actor.requireAnyRole(Role.CLERK, Role.APPROVER, Role.ADMIN);
        periods.view(actor, periodId);
        String typed = text == null || text.isBlank() ? null : text.strip();
        if (typed != null && typed.length() > MAX_TEXT) {
            throw DomainException.onField("summary", "report.summary.tooLong", MAX_TEXT);
        }
        WrittenSummary draft = store.draft(periodId, actor.organisationId()).orElse(null);
        if (typed == null && (draft == null || draft.documentId() == null)) {
            throw DomainException.onField("summary", "report.summary.required");
        }
        store.saveText(periodId, actor.organisationId(), typed, actor.userId(), clock.instant());
        auditLog.record(AuditEntry.success(actor, AuditAction.REPORT_SUMMARY_SAVE, "reporting_period", periodId,
                typed == null ? "text cleared" : typed.length() + " characters"));
    }

    /** The actor's union's summary as a PDF or Word document, recognised by its content. */
    public void upload(Actor actor, long periodId, String filename, byte[] content) {
        actor.requireAnyRole(Role.CLERK, Role.APPROVER, Role.ADMIN);
        periods.view(actor, periodId);
        if (content == null || content.length == 0) {
            throw DomainException.onField("document", "attachment.empty");
        }
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw DomainException.onField("document", "attachment.tooLarge", MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        SummaryDocumentType type = SummaryDocumentType.of(content)
                .orElseThrow(() -> DomainException.onField("document", "report.summary.type"));
        String name = filename == null || filename.isBlank() ? "summary" : safe(filename);
        long id = store.addDocument(periodId, actor.organisationId(), name, type.contentType(), content,
                sha256(content), actor.userId(), clock.instant());
        auditLog.record(AuditEntry.success(actor, AuditAction.REPORT_SUMMARY_SAVE, "report_summary_document", id,
                type + " " + content.length + " bytes"));
    }

    /** A union's draft summary, for the union itself and the unions above it. */
    @Transactional(readOnly = true)
    public WrittenSummary draft(Actor actor, long periodId, long unionId) {
        periods.view(actor, periodId);
        actor.requireReach(organisations.findById(unionId).orElseThrow(() -> new NotFoundException("union", unionId))
                .path());
        return store.draft(periodId, unionId).orElse(WrittenSummary.NONE);
    }

    /** An uploaded summary's bytes for the union and those above it; each opening is audited. */
    public SummaryDocument open(Actor actor, long documentId) {
        SummaryDocument document = store.document(documentId)
                .orElseThrow(() -> new NotFoundException("summary document", documentId));
        actor.requireReach(organisations.findById(document.unionId()).orElseThrow().path());
        auditLog.record(AuditEntry.success(actor, AuditAction.REPORT_SUMMARY_OPEN, "report_summary_document",
                documentId, document.filename()));
        return document;
    }

    /** The last part of the name the browser sent, without path or control characters, at most 200 long. */
    private static String safe(String filename) {
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
