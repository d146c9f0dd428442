package org.unionaid.domain.trace;

import java.time.Instant;

import org.unionaid.domain.money.Money;

/** An imported bank return file, without its bytes. */
public record ReturnRow(long id, long batchId, String filename, String sha256, Instant importedAt,
        String importedByName, int paidCount, Money paidAmount, int failedCount, Money failedAmount, int pendingCount,
        String payingUnionPath) {
}
