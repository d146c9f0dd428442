package org.unionaid.domain.hardship;

/** The level a file is kept at; it decides which money may reach it (central money: 全国级 only). */
public enum FileLevel {
    /** 全国级 */
    NATIONAL,
    /** 省级 */
    PROVINCIAL,
    /** 地市级 */
    PREFECTURAL,
    /** 区县级 */
    COUNTY,
    /** 基层 */
    BASE
}
