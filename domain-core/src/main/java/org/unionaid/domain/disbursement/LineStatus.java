package org.unionaid.domain.disbursement;

public enum LineStatus {
    PENDING,
    SENT,
    PAID,
    FAILED
}
