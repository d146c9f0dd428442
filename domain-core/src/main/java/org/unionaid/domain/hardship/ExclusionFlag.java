package org.unionaid.domain.hardship;

/** Circumstances that exclude a household whatever its income (published union practice). */
public enum ExclusionFlag {
    /** 拥有两套及以上住房 */
    TWO_OR_MORE_HOMES,
    /** 经营企业或雇佣他人 */
    OWNS_BUSINESS_OR_EMPLOYS_OTHERS,
    /** 子女就读高收费私立学校或自费出国留学 */
    HIGH_FEE_SCHOOLING_OR_STUDY_ABROAD,
    /** 经常使用机动车辆 */
    PRIVATE_MOTOR_VEHICLE
}
