package org.unionaid.domain.disbursement;

/**
 * Where a batch line stands. PENDING, PAID and FAILED are stored on the line; SENT is PENDING in a batch
 * that has a bank file (generating one writes nothing to the lines, so a 100,000-line file costs a read).
 */
public enum LineStatus {
    PENDING,
    SENT,
    PAID,
    FAILED
}
