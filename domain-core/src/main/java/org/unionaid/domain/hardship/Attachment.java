package org.unionaid.domain.hardship;

import java.time.Instant;

/** A supporting document's description; its bytes are fetched separately, only when opened. */
public record Attachment(long id, long fileId, AttachmentKind kind, String filename, String contentType,
        int sizeBytes, long uploadedBy, Instant uploadedAt) {
}
