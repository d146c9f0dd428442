package org.unionaid.domain.ledger;

/**
 * The accounts every union keeps per fund source and purpose. Money enters a union's tree through
 * {@link #RECEIVED}, the counter-account of the outside world, which therefore runs negative; the
 * three others hold the union's money and never fall below zero.
 */
public enum AccountKind {
    /** 可用余额 */
    AVAILABLE,
    /** 已承诺待支付 */
    COMMITTED,
    /** 已支出 */
    DISBURSED,
    /** 外部来源: donations, finance money, own funds, interest */
    RECEIVED;

    /** Whether a movement that would take this account below zero is refused. */
    public boolean holdsMoney() {
        return this != RECEIVED;
    }
}
