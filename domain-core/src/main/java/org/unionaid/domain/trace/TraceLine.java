package org.unionaid.domain.trace;

import java.time.Instant;
import java.time.LocalDate;

import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;

/**
 * A payment line with its batch and campaign as the trace page reads them: who made the batch and who approved
 * it, when; the household or the named recipient (masked numbers only: exactly one of {@code fileId} and
 * {@code recipientId} is set); the return that settled the line.
 */
public record TraceLine(long lineId, String reference, Money amount, LineStatus status, String failureReason,
        Instant createdAt, FundPurpose purpose, Long fileId, Long recipientId, String workerName, String workerIdMasked,
        long fileUnionId, String fileUnionName, String fileUnionPath, long batchId, PaymentMethod method,
        FundSource source, String goods, boolean batchApproved, String createdByName, Instant batchCreatedAt,
        String approvedByName, Instant approvedAt, Long commitmentEntry, long payingUnionId, String payingUnionName,
        String payingUnionPath, long campaignId, String campaignName, LocalDate campaignStartsOn,
        LocalDate campaignEndsOn, Long settledByReturn) {

    /** A named recipient's line (劳模, 一线职工 …, R-STAT-05): no hardship file, no household. */
    public boolean named() {
        return fileId == null;
    }

    public boolean inPerson() {
        return method != PaymentMethod.BANK_TRANSFER;
    }
}
