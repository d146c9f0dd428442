package org.unionaid.domain.bankfile;

import org.unionaid.domain.money.Money;

/** How an amount is written: yuan with two decimals ({@code 2000.00}) or whole fen ({@code 200000}). */
public enum AmountFormat {
    YUAN,
    FEN;

    public String format(Money amount) {
        return this == YUAN ? amount.toBigDecimal().toPlainString()
                : amount.toBigDecimal().movePointRight(2).toBigIntegerExact().toString();
    }
}
