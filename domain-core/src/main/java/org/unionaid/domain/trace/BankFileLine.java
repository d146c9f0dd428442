package org.unionaid.domain.trace;

import java.time.Instant;

/**
 * A bank file of the line's batch, with the line's place in it: the files write the batch's lines in id order
 * after the header line, so the number is known whenever the file holds every line of the batch.
 *
 * @param lineNumber the line's line in the file (1 = the first line of the file), or null when not known
 */
public record BankFileLine(long fileId, int version, String sha256, String templateName, Instant createdAt,
        String createdByName, Instant voidedAt, String voidReason, Integer lineNumber) {
}
