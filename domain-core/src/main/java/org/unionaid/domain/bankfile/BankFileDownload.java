package org.unionaid.domain.bankfile;

import java.util.Base64;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.disbursement.Batches;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.person.PersonalDataProtector.Purpose;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Downloading a batch's bank file in force (DOMAIN §7), by the finance officer of the paying union: the bytes
 * exactly as generated, checked against the file's SHA-256; every download is audited with it.
 */
@Service
@Transactional
public class BankFileDownload {

    private final BankFileStore store;
    private final BankFileTemplates templates;
    private final Batches batches;
    private final PersonalDataProtector protector;
    private final AuditLog auditLog;

    public BankFileDownload(BankFileStore store, BankFileTemplates templates, Batches batches,
            PersonalDataProtector protector, AuditLog auditLog) {
        this.store = store;
        this.templates = templates;
        this.batches = batches;
        this.protector = protector;
        this.auditLog = auditLog;
    }

    /** A file to send: its description, the name to save it under, its media type and bytes. */
    public record Download(BankFile file, String filename, String contentType, byte[] content) {
    }

    /** The bytes of a file in force, exactly as generated; every download is audited with its SHA-256. */
    public Download download(Actor actor, long fileId) {
        BankFile file = store.file(fileId).orElseThrow(() -> new NotFoundException("bank file", fileId));
        PayingFinance.payingBatch(batches, actor, file.batchId());
        if (file.isVoided()) {
            throw new DomainException("bankfile.voided", String.valueOf(file.version()));
        }
        byte[] content = opened(file);
        BankFileTemplate template = templates.find(file.templateId()).orElseThrow();
        auditLog.record(AuditEntry.success(actor, AuditAction.BANK_FILE_DOWNLOAD, "bank_file", fileId,
                BatchHeading.batchReference(file.batchId()) + " v" + file.version() + ", sha256 " + file.sha256()));
        String type = (template.format() == BankFileFormat.CSV ? "text/csv" : "text/plain") + ";charset="
                + template.encoding().label();
        return new Download(file, file.filename(template.extension()), type, content);
    }

    /**
     * The stored file's bytes, checked against its SHA-256. Files generated before bank files were sealed as
     * bytes hold their bytes in Base64: the hash tells which.
     */
    private byte[] opened(BankFile file) {
        byte[] content = protector.openBytes(Purpose.BANK_FILE, store.sealedContent(file.id()));
        if (Sha256.of(content).equals(file.sha256())) {
            return content;
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(content);
            if (Sha256.of(decoded).equals(file.sha256())) {
                return decoded;
            }
        } catch (IllegalArgumentException notBase64) {
            // neither form: fall through to the refusal
        }
        throw new IllegalStateException("bank file " + file.id() + " does not match its SHA-256");
    }
}
