package org.unionaid.domain.bankfile;

import java.time.Instant;

import org.unionaid.domain.money.Money;

/** A generated payment file, without its bytes. Version 1, 2… per batch; one is in force (not voided). */
public record BankFile(long id, long batchId, long templateId, String templateName, int version, String sha256,
        int sizeBytes, int lineCount, Money total, long createdBy, Instant createdAt, Instant voidedAt,
        String voidReason) {

    public boolean isVoided() {
        return voidedAt != null;
    }

    /** The name the download is saved under: UA12-v1.csv. */
    public String filename(String extension) {
        return BatchHeading.batchReference(batchId) + "-v" + version + "." + extension;
    }
}
