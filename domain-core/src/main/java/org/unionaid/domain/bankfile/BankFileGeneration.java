package org.unionaid.domain.bankfile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.Batches;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.person.PersonalDataProtector.Purpose;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.HandOff;

/**
 * Generating the bank payment file of an approved bank-transfer batch (DOMAIN §7), by the finance officer of
 * the paying union.
 *
 * <p>A file is generated once and stored: asking again gives the same bytes, until the finance officer asks
 * for a new version, which voids the old one. Generating takes the batch's row lock, as importing a return
 * does ({@link BankReturnImport}), so the two take turns.
 */
@Service
@Transactional
public class BankFileGeneration {

    private static final int VOID_REASON_LENGTH = 200;

    private final BankFileStore store;
    private final BankFileTemplates templates;
    private final Batches batches;
    private final PersonalDataProtector protector;
    private final AuditLog auditLog;
    private final Clock clock;

    public BankFileGeneration(BankFileStore store, BankFileTemplates templates, Batches batches,
            PersonalDataProtector protector, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.batches = batches;
        this.protector = protector;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The batch's file in force, generated with {@code templateId} if there is none yet (its lines then
     * read as SENT); with {@code newVersion}, a new file that voids the one in force, for a written reason.
     */
    public BankFile generate(Actor actor, long batchId, Long templateId, boolean newVersion, String reason) {
        Batch batch = PayingFinance.payableBatch(batches, actor, batchId);
        if (templateId == null) {
            throw DomainException.onField("template", "bankfile.template.required");
        }
        BankFileTemplate template = templates.find(templateId)
                .orElseThrow(() -> DomainException.onField("template", "bankfile.template.required"));
        store.lockBatch(batchId);
        var current = store.current(batchId);
        if (current.isPresent() && !newVersion) {
            if (current.get().templateId() != templateId) {
                throw new DomainException("bankfile.otherTemplate", current.get().templateName(),
                        String.valueOf(current.get().version()));
            }
            return current.get();
        }
        Instant now = clock.instant();
        String voided = "";
        if (current.isPresent()) {
            if (reason == null || reason.isBlank()) {
                throw DomainException.onField("reason", "bankfile.newVersion.reasonRequired");
            }
            if (!store.returns(batchId).isEmpty()) {
                throw new DomainException("bankfile.newVersion.afterReturn");
            }
            String why = reason.strip();
            why = why.length() > VOID_REASON_LENGTH ? why.substring(0, VOID_REASON_LENGTH) : why;
            if (!store.voidFile(current.get().id(), actor.userId(), why, now)) {
                throw new IllegalStateException("the file in force changed under the batch lock");
            }
            voided = ", voids v" + current.get().version();
        }
        // Under the batch lock the lines cannot change: the figures announced in the header are those written.
        Figure payable = store.unsettled(batchId);
        BankFileWriter.Lines writing = new BankFileWriter(template).start(
                new BatchHeading(BatchHeading.batchReference(batchId), batch.payingUnionName(), LocalDate.now(clock)),
                payable.count(), payable.amount());
        byte[] content = new FileLines(batch, writing).write();
        int lineCount = payable.count();
        Money total = payable.amount();
        int version = store.files(batchId).stream().mapToInt(BankFile::version).max().orElse(0) + 1;
        String sha256 = Sha256.of(content);
        BankFile file = store.addFile(batchId, template, version, sha256,
                protector.sealBytes(Purpose.BANK_FILE, content), content.length, lineCount, total, actor.userId(),
                now);
        auditLog.record(AuditEntry.success(actor, AuditAction.BANK_FILE_GENERATE, "disbursement_batch", batchId,
                "v" + version + " template " + templateId + ", " + lineCount + " lines, " + total + ", sha256 "
                        + sha256 + voided));
        return file;
    }

    private PaymentRow row(Batch batch, int sequence, BankFileStore.Payee payee) {
        if (payee.cardSealed() == null) {
            throw new DomainException("bankfile.line.noAccount", String.valueOf(sequence), payee.workerName());
        }
        return new PaymentRow(sequence, payee.reference(), protector.open(Purpose.BANK_CARD, payee.cardSealed()),
                payee.holder(), payee.amount(), BankFileTexts.bank(payee.bank()), BankFileTexts.purpose(batch.purpose()),
                batch.campaignName(), payee.workerIdMasked() == null ? "" : payee.workerIdMasked(), payee.workerName());
    }

    /**
     * Writing a file's lines on two threads: this one — which holds the transaction — reads the lines from
     * PostgreSQL's cursor and hands them on in chunks; a second thread opens the cards and writes the lines,
     * alone and in the order received, so the bytes are those one thread would write. On two cores the cards
     * are opened and the lines written while PostgreSQL sends the next rows.
     */
    private final class FileLines {

        private static final int CHUNK = 1000;

        private final Batch batch;
        private final BankFileWriter.Lines writing;
        /** Reader side. */
        private List<BankFileStore.Payee> chunk = new ArrayList<>(CHUNK);
        /** Writer side. */
        private int sequence;

        FileLines(Batch batch, BankFileWriter.Lines writing) {
            this.batch = batch;
            this.writing = writing;
        }

        /**
         * The writer's first refusal (a card missing, a name the encoding cannot hold) stops the reading of the
         * cursor — the file is refused anyway — and is thrown here.
         */
        byte[] write() {
            HandOff.threadConsumes("bank-file-writer", 4, this::read, this::writeLines);
            // After the hand-off the writer's thread has ended: its lines are all visible here.
            return writing.finish();
        }

        private void read(Consumer<List<BankFileStore.Payee>> writer) {
            store.forEachPayee(batch.id(), payee -> {
                chunk.add(payee);
                if (chunk.size() == CHUNK) {
                    writer.accept(chunk);
                    chunk = new ArrayList<>(CHUNK);
                }
            });
            if (!chunk.isEmpty()) {
                writer.accept(chunk);
            }
        }

        private void writeLines(List<BankFileStore.Payee> payees) {
            for (BankFileStore.Payee payee : payees) {
                writing.add(row(batch, ++sequence, payee));
            }
        }
    }
}
