package org.unionaid.domain.hardship;

/** The worker's employment (DOMAIN §3). */
public enum EmploymentStatus {
    /** 在岗 */
    ON_DUTY,
    /** 待岗、下岗 */
    LAID_OFF,
    /** 失业 */
    UNEMPLOYED,
    /** 退休 */
    RETIRED,
    /** 灵活就业 */
    FLEXIBLE
}
