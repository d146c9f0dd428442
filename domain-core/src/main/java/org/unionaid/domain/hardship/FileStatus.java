package org.unionaid.domain.hardship;

/** The life cycle of a hardship file (DOMAIN §3). */
public enum FileStatus {
    /** 草稿 */
    DRAFT,
    /** 已提交: waiting for the base union's review */
    SUBMITTED,
    /** 退回: back with the clerk, with a reason */
    RETURNED,
    /** 公示中 */
    IN_NOTICE,
    /** 待审批: the notice ended without an upheld objection */
    NOTICE_PASSED,
    /** 已建档: approved, may receive assistance */
    APPROVED,
    /** 已脱困 */
    EXITED,
    /** 已注销 */
    CANCELLED;

    /** Active files hold their people: nobody in them may appear in a second active file. */
    public boolean isActive() {
        return this != EXITED && this != CANCELLED;
    }
}
