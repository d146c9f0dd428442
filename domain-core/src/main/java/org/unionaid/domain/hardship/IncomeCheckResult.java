package org.unionaid.domain.hardship;

/** What the civil-affairs income check (民政部门收入核对) found. */
public enum IncomeCheckResult {
    /** 与申报相符 */
    CONSISTENT,
    /** 与申报不符 */
    INCONSISTENT,
    /** 未查到记录 */
    NOT_FOUND
}
