package org.unionaid.domain.trace;

import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.money.Money;

/** A line a return file settled, with the line of the return file that settled it (null when not found). */
public record SettledLine(long lineId, String reference, String workerName, Money amount, LineStatus status,
        String failureReason, Integer returnLineNumber) {

    public SettledLine withReturnLine(Integer number) {
        return new SettledLine(lineId, reference, workerName, amount, status, failureReason, number);
    }
}
