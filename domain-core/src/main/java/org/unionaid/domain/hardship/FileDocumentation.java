package org.unionaid.domain.hardship;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.domain.shared.TextRules;

/**
 * Supporting documents: uploaded by clerks, checked by content and size, shown only to users who
 * may see the file, and every opening logged (the documents hold personal data).
 */
@Service
@Transactional
public class FileDocumentation {

    /** 10 MB: a phone photo or a scanned receipt fits; a video does not. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final HardshipFiles files;
    private final Attachments attachments;
    private final AuditLog auditLog;

    public FileDocumentation(HardshipFiles files, Attachments attachments, AuditLog auditLog) {
        this.files = files;
        this.attachments = attachments;
        this.auditLog = auditLog;
    }

    /** A document's description and bytes, as served to a user. */
    public record Document(Attachment attachment, byte[] content) {
    }

    public Attachment upload(Actor actor, long fileId, AttachmentKind kind, String filename, byte[] content) {
        HardshipFile file = files.findById(fileId).orElseThrow(() -> new NotFoundException("hardship file", fileId));
        actor.require(Role.CLERK, file.getOrganisation().path());
        if (kind == null) {
            throw DomainException.onField("kind", "NotNull");
        }
        if (content == null || content.length == 0) {
            throw DomainException.onField("document", "attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw DomainException.onField("document", "attachment.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        DocumentType type = DocumentType.of(content)
                .orElseThrow(() -> DomainException.onField("document", "attachment.type"));
        // R-PRIV-05: a name hiding its type is refused before the content is looked at.
        String name = DocumentType.safeFilename(TextRules.fileName("document", filename, kind.name().toLowerCase()));
        Attachment attachment = attachments.add(fileId, kind, name, type, content, actor.userId());
        auditLog.record(AuditEntry.success(actor, AuditAction.ATTACHMENT_UPLOAD, "hardship_file", fileId,
                kind + " " + type + " " + content.length + " bytes"));
        return attachment;
    }

    @Transactional(readOnly = true)
    public List<Attachment> list(Actor actor, long fileId) {
        HardshipFile file = files.findById(fileId).orElseThrow(() -> new NotFoundException("hardship file", fileId));
        actor.requireReach(file.getOrganisation().path());
        return attachments.of(fileId);
    }

    /** The kinds of document the file still lacks, given its needs. */
    @Transactional(readOnly = true)
    public Set<AttachmentKind> missing(Actor actor, long fileId) {
        HardshipFile file = files.findById(fileId).orElseThrow(() -> new NotFoundException("hardship file", fileId));
        Set<AttachmentKind> missing = EnumSet.copyOf(file.requiredDocuments());
        list(actor, fileId).forEach(attachment -> missing.remove(attachment.kind()));
        return missing;
    }

    /** Opens a document for a user who may see its file; the opening is logged. */
    public Document open(Actor actor, long attachmentId) {
        Attachment attachment = attachments.find(attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        HardshipFile file = files.findById(attachment.fileId())
                .orElseThrow(() -> new NotFoundException("hardship file", attachment.fileId()));
        actor.requireReach(file.getOrganisation().path());
        auditLog.record(AuditEntry.success(actor, AuditAction.ATTACHMENT_OPEN, "attachment", attachmentId,
                "file " + attachment.fileId() + " " + attachment.kind()));
        return new Document(attachment, attachments.content(attachmentId));
    }
}
