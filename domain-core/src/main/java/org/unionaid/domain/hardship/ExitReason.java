package org.unionaid.domain.hardship;

/** Why an approved file closes as out of hardship (解困脱困) — DOMAIN §3. */
public enum ExitReason {
    /** 收入超过低保标准 */
    INCOME_ABOVE_LINE,
    /** 实现再就业 */
    RE_EMPLOYED,
    /** 本人去世 */
    DECEASED,
    /** 迁出本地 */
    MOVED,
    /** 重复建档 */
    DUPLICATE,
    /** 其他 */
    OTHER
}
