package org.unionaid.domain.disbursement;

import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.recipient.RecipientGroup;

/**
 * One household's payment in a batch; the worker's name is shown, never the card number in clear. A line a
 * bank return settled names that return ({@code settledByReturn}), else {@code null}. A line to a named recipient
 * has no file ({@code fileId} 0, which no file has): it names the recipient and the recipient's group instead,
 * {@code workerName} being the recipient's.
 */
public record BatchLine(long id, long batchId, long fileId, String workerName, HardshipCategory category, Money amount,
        Money standard, String editReason, String reference, LineStatus status, String failureReason,
        Long settledByReturn, Long recipientId, RecipientGroup group) {

    /** A line paying a hardship file's household. */
    public BatchLine(long id, long batchId, long fileId, String workerName, HardshipCategory category, Money amount,
            Money standard, String editReason, String reference, LineStatus status, String failureReason,
            Long settledByReturn) {
        this(id, batchId, fileId, workerName, category, amount, standard, editReason, reference, status, failureReason,
                settledByReturn, null, null);
    }

    /** Whether the line pays a named recipient (its {@code recipientId}) rather than a file's household. */
    public boolean named() {
        return recipientId != null;
    }
}
