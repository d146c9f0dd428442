package org.unionaid.domain.bankfile;

import org.unionaid.domain.money.Money;

/**
 * One line of a bank's return file (回盘文件), as read.
 *
 * @param card   as the bank wrote it, usually masked; only its last four digits are compared
 * @param reason the bank's reason for a failed payment, or null
 */
public record ReturnLine(int lineNumber, String reference, String card, String name, Money amount, boolean paid,
        String reason) {

    @Override
    public String toString() {
        return "ReturnLine[" + lineNumber + " " + reference + " " + amount + (paid ? " paid" : " failed") + "]";
    }
}
