package org.unionaid.domain.disbursement;

/** How a batch reaches the households (seed 002: bank-card transfer, except in-person delegation visits). */
public enum PaymentMethod {
    BANK_TRANSFER,
    /** 慰问团 in person */
    CASH,
    /** 实物, at their value; never from finance money */
    GOODS
}
