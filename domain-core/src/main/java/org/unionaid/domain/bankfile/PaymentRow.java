package org.unionaid.domain.bankfile;

import org.unionaid.domain.money.Money;

/**
 * One payment as the bank file writes it. It holds the clear card number only while the file is being
 * written; {@link #toString()} masks it, so a stray log line never carries it.
 */
public record PaymentRow(int sequence, String reference, String cardNumber, String accountName, Money amount,
        String bankName, String purpose, String memo, String idNumberMasked, String workerName) {

    @Override
    public String toString() {
        return "PaymentRow[" + sequence + " " + reference + " " + amount + "]";
    }
}
