package org.unionaid.domain.disbursement;

import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.money.Money;

/**
 * One row of a batch's real-name roster (实名制发放花名册): what is printed for the worker to sign against,
 * with the ID and card numbers masked, and where its payment stands (sent, paid, failed) so that nobody signs
 * for money the bank returned.
 */
public record RosterLine(String workerName, String maskedId, String unionName, HardshipCategory category, Money amount,
        Bank bank, String maskedCard, String reference, LineStatus status) {
}
