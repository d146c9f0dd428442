package org.unionaid.domain.ledger;

/** What money may be spent on (用途). Money raised without a stated use is {@link #GENERAL}. */
public enum FundPurpose {
    /** 未指定用途 */
    GENERAL,
    /** 送温暖慰问 */
    CONDOLENCE,
    /** 生活救助 */
    LIVING,
    /** 医疗救助 */
    MEDICAL,
    /** 助学 */
    EDUCATION,
    /** 就业帮扶 */
    EMPLOYMENT,
    /** 日常帮扶 */
    DAILY
}
