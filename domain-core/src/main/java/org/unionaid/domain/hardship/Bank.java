package org.unionaid.domain.hardship;

/** Banks a worker's card may be with; seed 003's district requires 工商银行 (ICBC). */
public enum Bank {
    /** 中国工商银行 */
    ICBC,
    /** 中国农业银行 */
    ABC,
    /** 中国银行 */
    BOC,
    /** 中国建设银行 */
    CCB,
    /** 交通银行 */
    BOCOM,
    /** 中国邮政储蓄银行 */
    PSBC,
    /** 招商银行 */
    CMB,
    /** 农村商业银行 / 农村信用社 */
    RURAL_COMMERCIAL,
    OTHER
}
