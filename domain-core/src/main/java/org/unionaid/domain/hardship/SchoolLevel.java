package org.unionaid.domain.hardship;

/** The school a household member attends (DOMAIN §3: student and school level); schooling aid depends on it. */
public enum SchoolLevel {
    /** 学前 */
    PRESCHOOL,
    /** 小学 */
    PRIMARY,
    /** 初中 */
    JUNIOR_HIGH,
    /** 高中 */
    SENIOR_HIGH,
    /** 中职 */
    VOCATIONAL,
    /** 高职、大专 */
    COLLEGE,
    /** 本科 */
    UNDERGRADUATE,
    /** 研究生 */
    POSTGRADUATE
}
