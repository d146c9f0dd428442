package org.unionaid.domain.hardship;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Supporting documents of files. Implemented in the persistence module. */
public interface Attachments {

    /** Stores a checked document; returns its description. */
    Attachment add(long fileId, AttachmentKind kind, String filename, DocumentType type, byte[] content,
            long uploadedBy);

    List<Attachment> of(long fileId);

    Optional<Attachment> find(long attachmentId);

    byte[] content(long attachmentId);

    /** For each of these files, the kinds of document it holds (files with none are absent). */
    Map<Long, Set<AttachmentKind>> kindsOf(Collection<Long> fileIds);
}
