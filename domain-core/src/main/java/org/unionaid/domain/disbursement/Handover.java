package org.unionaid.domain.disbursement;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.assistance.Delegation;
import org.unionaid.domain.assistance.Delegations;
import org.unionaid.domain.assistance.Visit;
import org.unionaid.domain.assistance.Visits;
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
import org.unionaid.domain.shared.TextRules;

/**
 * Paying by hand (seed 002: 除慰问团入户慰问外,一律通过银行卡转帐方式发放慰问资金) and keeping the signed roster
 * (seed 000: 实名制登记和签名确认): a cash or goods line of an approved batch is handed over on a home visit of a
 * delegation of the paying union to the household (R-HAND-01), once the batch keeps the roster the households
 * signed (R-HAND-02); that pays it in the ledger, on the visit's day.
 */
@Service
@Transactional
public class Handover {

    public static final int MAX_SCAN_BYTES = 10 * 1024 * 1024;

    private final Handovers handovers;
    private final Batches batches;
    private final Disbursement disbursement;
    private final Delegations delegations;
    private final Visits visits;
    private final Ledger ledger;
    private final AuditLog auditLog;
    private final Clock clock;

    public Handover(Handovers handovers, Batches batches, Disbursement disbursement, Delegations delegations,
            Visits visits, Ledger ledger, AuditLog auditLog, Clock clock) {
        this.handovers = handovers;
        this.batches = batches;
        this.disbursement = disbursement;
        this.delegations = delegations;
        this.visits = visits;
        this.ledger = ledger;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Hands one line over on {@code delegationId}'s home visit to its household (R-HAND-01, R-HAND-02): the
     * handover takes the visit's day and the delegation's people.
     */
    public void handOver(Actor actor, long lineId, Long delegationId, String note) {
        actor.requireRole(Role.FINANCE);
        BatchLine line = batches.line(lineId).orElseThrow(() -> new NotFoundException("disbursement line", lineId));
        Batch batch = ownBatch(actor, line.batchId());
        if (batch.method() == PaymentMethod.BANK_TRANSFER) {
            throw new DomainException("handover.bankBatch");
        }
        if (batch.isDraft()) {
            throw new DomainException("handover.notApproved");
        }
        if (line.status() != LineStatus.PENDING) {
            throw new DomainException("handover.already");
        }
        Delegation delegation = (delegationId == null ? Optional.<Delegation>empty() : delegations.find(delegationId))
                .orElseThrow(() -> DomainException.onField("delegation", "handover.delegation.required"));
        // The delegation's latest home visit to the household or named recipient, if any; the rules say what is missing.
        Visit visit = (line.named() ? visits.ofRecipient(line.recipientId()) : visits.ofFile(line.fileId())).stream()
                .filter(v -> HandoverCase.visitsThePayee(v, delegation.id(), line)).findFirst().orElse(null);
        HandoverRules.ALL.require(new HandoverCase(batch, line, delegation, visit, handovers.scans(batch.id()),
                clock.getZone()));
        long entry = ledger.post(new JournalEntryDraft(EntryKind.DISBURSEMENT, new DocumentRef("disbursement_line", lineId),
                batch.campaignId(), line.workerName() + " " + line.reference(), List.of(
                        JournalLine.of(batch.payingUnionId(), AccountKind.COMMITTED, batch.source(), batch.purpose(),
                                line.amount().negated()),
                        JournalLine.of(batch.payingUnionId(), AccountKind.DISBURSED, batch.source(), batch.purpose(),
                                line.amount()))), actor.userId()).id();
        if (!handovers.markHandedOver(new Handovers.Handed(lineId, visit.getId(), delegation.leader(), visit.getVisitedOn(),
                note == null || note.isBlank() ? null : note.strip(), entry, actor.userId(), clock.instant()))) {
            // Recorded by someone else meanwhile: the posting above rolls back with this refusal.
            throw new DomainException("handover.already");
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.HANDOVER, "disbursement_line", lineId,
                batch.method() + " " + line.amount() + ", visit " + visit.getId()));
    }

    /**
     * A delegation's round: the lines of the batch handed over together, all or none. Who may is asked before
     * what was sent is judged (R-SEC-01).
     */
    public void handOverAll(Actor actor, long batchId, List<Long> lineIds, Long delegationId, String note) {
        actor.requireRole(Role.FINANCE);
        ownBatch(actor, batchId);
        if (lineIds == null || lineIds.isEmpty()) {
            throw DomainException.onField("line", "handover.noLines");
        }
        lineIds.forEach(line -> handOver(actor, line, delegationId, note));
    }

    /** Where a cash or goods batch stands: households handed over, and whether its signed roster is kept. */
    public record Progress(int households, long handedOver, boolean rosterScanned) {

        /** Every household handed over, against a signed roster (R-HAND-02). */
        public boolean complete() {
            return households > 0 && handedOver == households && rosterScanned;
        }
    }

    @Transactional(readOnly = true)
    public Progress progress(Actor actor, long batchId) {
        Batch batch = disbursement.view(actor, batchId);
        long paid = batches.lines(batchId, new LineQuery(null, LineStatus.PAID, null), PageRequest.of(0, 1))
                .getTotalElements();
        return new Progress(batch.lines(), paid, !handovers.scans(batchId).isEmpty());
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
        String name = DocumentType.safeFilename(TextRules.fileName("scan", filename, "roster")); // R-PRIV-05
        Handovers.Scan scan = handovers.addScan(batchId, name, type, content, actor.userId(), clock.instant());
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
