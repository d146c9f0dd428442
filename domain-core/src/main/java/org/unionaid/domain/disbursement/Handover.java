package org.unionaid.domain.disbursement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.hardship.DocumentType;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.JournalEntryDraft;
import org.unionaid.domain.ledger.JournalLine;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Paying by hand (seed 002: in-person delegation visits) and keeping the signed roster: a cash or goods line
 * of an approved batch is handed over by named people on a day, which pays it in the ledger; the roster the
 * workers signed is scanned and kept with the batch.
 */
@Service
@Transactional
public class Handover {

    public static final int MAX_SCAN_BYTES = 10 * 1024 * 1024;

    private final Handovers handovers;
    private final Batches batches;
    private final Disbursement disbursement;
    private final Ledger ledger;
    private final AuditLog auditLog;
    private final Clock clock;

    public Handover(Handovers handovers, Batches batches, Disbursement disbursement, Ledger ledger, AuditLog auditLog,
            Clock clock) {
        this.handovers = handovers;
        this.batches = batches;
        this.disbursement = disbursement;
        this.ledger = ledger;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public void handOver(Actor actor, long lineId, String handedBy, LocalDate handedOn, String note) {
        actor.requireRole(Role.FINANCE);
        BatchLine line = batches.line(lineId).orElseThrow(() -> new NotFoundException("disbursement line", lineId));
        Batch batch = ownBatch(actor, line.batchId());
        if (batch.method() == PaymentMethod.BANK_TRANSFER) {
            throw new DomainException("handover.bankBatch");
        }
        if (batch.isDraft()) {
            throw new DomainException("handover.notApproved");
        }
        String who = handedBy == null ? "" : handedBy.strip();
        if (who.isEmpty() || who.length() > 200) {
            throw DomainException.onField("handedBy", "handover.handedBy.required");
        }
        if (handedOn == null || handedOn.isAfter(LocalDate.now(clock))) {
            throw DomainException.onField("handedOn", "handover.handedOn.invalid");
        }
        if (line.status() != LineStatus.PENDING) {
            throw new DomainException("handover.already");
        }
        long entry = ledger.post(new JournalEntryDraft(EntryKind.DISBURSEMENT, new DocumentRef("disbursement_line", lineId),
                batch.campaignId(), line.workerName() + " " + line.reference(), List.of(
                        JournalLine.of(batch.payingUnionId(), AccountKind.COMMITTED, batch.source(), batch.purpose(),
                                line.amount().negated()),
                        JournalLine.of(batch.payingUnionId(), AccountKind.DISBURSED, batch.source(), batch.purpose(),
                                line.amount()))), actor.userId()).id();
        if (!handovers.markHandedOver(lineId, who, handedOn, note == null || note.isBlank() ? null : note.strip(), entry,
                actor.userId())) {
            // Recorded by someone else meanwhile: the posting above rolls back with this refusal.
            throw new DomainException("handover.already");
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.HANDOVER, "disbursement_line", lineId,
                batch.method() + " " + line.amount()));
    }

    /** A delegation's round: the lines handed over together, all or none. */
    public void handOverAll(Actor actor, List<Long> lineIds, String handedBy, LocalDate handedOn, String note) {
        if (lineIds == null || lineIds.isEmpty()) {
            throw DomainException.onField("line", "handover.noLines");
        }
        lineIds.forEach(line -> handOver(actor, line, handedBy, handedOn, note));
    }

    public Handovers.Scan addScan(Actor actor, long batchId, String filename, byte[] content) {
        actor.requireRole(Role.FINANCE);
        ownBatch(actor, batchId);
        if (content == null || content.length == 0) {
            throw DomainException.onField("scan", "attachment.empty");
        }
        if (content.length > MAX_SCAN_BYTES) {
            throw DomainException.onField("scan", "attachment.tooLarge", MAX_SCAN_BYTES / (1024 * 1024));
        }
        DocumentType type = DocumentType.of(content).orElseThrow(() -> DomainException.onField("scan", "attachment.type"));
        String name = filename == null || filename.isBlank() ? "roster" : DocumentType.safeFilename(filename);
        Handovers.Scan scan = handovers.addScan(batchId, name, type, content, actor.userId());
        auditLog.record(AuditEntry.success(actor, AuditAction.BATCH_SCAN_UPLOAD, "disbursement_batch", batchId,
                type + " " + content.length + " bytes"));
        return scan;
    }

    @Transactional(readOnly = true)
    public List<Handovers.Scan> scans(Actor actor, long batchId) {
        disbursement.view(actor, batchId);
        return handovers.scans(batchId);
    }

    /** A scan's bytes for a user who may see its batch; logged, since it shows names and signatures. */
    public byte[] openScan(Actor actor, long batchId, long scanId) {
        disbursement.view(actor, batchId);
        Handovers.Scan scan = handovers.scan(scanId).filter(s -> s.batchId() == batchId)
                .orElseThrow(() -> new NotFoundException("batch scan", scanId));
        auditLog.record(AuditEntry.success(actor, AuditAction.BATCH_SCAN_OPEN, "batch_scan", scan.id(),
                "batch " + batchId));
        return handovers.scanContent(scanId);
    }

    private Batch ownBatch(Actor actor, long batchId) {
        Batch batch = batches.find(batchId).orElseThrow(() -> new NotFoundException("disbursement batch", batchId));
        if (batch.payingUnionId() != actor.organisationId()) {
            throw new OutsideScopeException("disbursement batch " + batchId);
        }
        return batch;
    }
}
