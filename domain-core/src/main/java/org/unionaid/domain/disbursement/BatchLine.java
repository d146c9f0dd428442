package org.unionaid.domain.disbursement;

import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.money.Money;

/**
 * One household's payment in a batch; the worker's name is shown, never the card number in clear. A line a
 * bank return settled names that return ({@code settledByReturn}), else {@code null}.
 */
public record BatchLine(long id, long batchId, long fileId, String workerName, HardshipCategory category, Money amount,
        Money standard, String editReason, String reference, LineStatus status, String failureReason,
        Long settledByReturn) {
}
