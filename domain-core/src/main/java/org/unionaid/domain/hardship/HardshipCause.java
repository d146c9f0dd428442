package org.unionaid.domain.hardship;

/** Causes of hardship (致困原因, seeds 001 and 004); a file has one or more, one of them the main one. */
public enum HardshipCause {
    /** 本人患重病 */
    SERIOUS_ILLNESS_SELF,
    /** 家属患重病 */
    SERIOUS_ILLNESS_FAMILY,
    /** 残疾 */
    DISABILITY,
    /** 子女就学 */
    CHILDREN_SCHOOLING,
    /** 职业病 */
    OCCUPATIONAL_DISEASE,
    /** 因公伤残 */
    WORK_INJURY,
    /** 非自愿失业、待岗 */
    INVOLUNTARY_UNEMPLOYMENT,
    /** 突发意外 */
    SUDDEN_ACCIDENT,
    /** 自然灾害 */
    NATURAL_DISASTER,
    /** 单亲 */
    SINGLE_PARENT,
    OTHER
}
