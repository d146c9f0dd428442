package org.unionaid.domain.hardship;

import java.util.List;
import java.util.Optional;

/** Supporting documents of files. Implemented in the persistence module. */
public interface Attachments {

    /** Stores a checked document; returns its description. */
    Attachment add(long fileId, AttachmentKind kind, String filename, DocumentType type, byte[] content,
            long uploadedBy);

    List<Attachment> of(long fileId);

    Optional<Attachment> find(long attachmentId);

    byte[] content(long attachmentId);
}
