package org.unionaid.domain.trace;

import java.time.Instant;

import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.money.Money;

/** A payment line of a household, for the list of its payments and the other lines of its campaign. */
public record HouseholdLine(long lineId, long batchId, long campaignId, String campaignName, PaymentMethod method,
        FundPurpose purpose, Money amount, LineStatus status, String failureReason, Instant createdAt,
        String payingUnionName) {
}
