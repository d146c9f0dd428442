package org.unionaid.domain.ledger;

/** The business movement a journal entry records. */
public enum EntryKind {
    /** 募集: a donation received */
    DONATION,
    /** 资金入账: money other than a donation received from outside the tree (finance money, own funds, interest) */
    RECEIPT,
    /** 下拨: money handed down to another union */
    ALLOCATION,
    /** 配套: a union's matching money */
    MATCHING,
    /** 承诺: money set aside for an approved payment */
    COMMITMENT,
    /** 发放: money paid out */
    DISBURSEMENT,
    /** 银行退回: a payment the bank returned */
    BANK_RETURN,
    /** 冲销: the exact opposite of an earlier entry, which it cites */
    REVERSAL,
    /** 结余转移: money moved to another purpose on a recorded decision */
    BALANCE_TRANSFER,
    /** 期初: an opening balance brought into the system */
    OPENING
}
