package org.unionaid.domain.bankfile;

import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.money.Money;

/** A batch line as a return file is checked against it. */
public record SettlementLine(long id, long batchId, String reference, Money amount, LineStatus status,
        String workerName, String holder, String cardMasked) {
}
