package org.unionaid.domain.disbursement;

import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.recipient.RecipientGroup;

/**
 * One row of a batch's real-name roster (实名制发放花名册): what is printed for the worker to sign against,
 * with the ID and card numbers masked, and where its payment stands (sent, paid, failed) so that nobody signs
 * for money the bank returned. A named recipient's row names the recipient's group instead of a category.
 */
public record RosterLine(String workerName, String maskedId, String unionName, HardshipCategory category, Money amount,
        Bank bank, String maskedCard, String reference, LineStatus status, RecipientGroup group) {

    /** A household's row. */
    public RosterLine(String workerName, String maskedId, String unionName, HardshipCategory category, Money amount,
            Bank bank, String maskedCard, String reference, LineStatus status) {
        this(workerName, maskedId, unionName, category, amount, bank, maskedCard, reference, status, null);
    }
}
