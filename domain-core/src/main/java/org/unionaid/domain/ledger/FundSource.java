package org.unionaid.domain.ledger;

/**
 * Where money comes from (资金来源). Every posting carries its source, so money stays ring-fenced
 * (专款专用) down the whole union tree: a balance is always "of" one source.
 */
public enum FundSource {
    /** 中央财政专项 */
    CENTRAL_SPECIAL,
    /** 省级财政专项 */
    PROVINCIAL_SPECIAL,
    /** 地方财政 */
    LOCAL_FINANCE,
    /** 上级工会下拨 */
    UPPER_UNION,
    /** 本级工会经费 */
    OWN_UNION_FUNDS,
    /** 党费 */
    PARTY_DUES,
    /** 单位捐赠 */
    UNIT_DONATION,
    /** 个人捐款 */
    PERSONAL_DONATION,
    /** 社会捐助 */
    SOCIAL_DONATION,
    /** 专户利息 */
    ACCOUNT_INTEREST,
    /** 配套资金 */
    MATCHING;

    /** Finance money (财政资金), which may not be paid out as goods or cash. */
    public boolean isFinance() {
        return this == CENTRAL_SPECIAL || this == PROVINCIAL_SPECIAL || this == LOCAL_FINANCE;
    }
}
