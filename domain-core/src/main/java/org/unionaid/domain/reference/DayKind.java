package org.unionaid.domain.reference;

/** How the official calendar overrides an ordinary week: a statutory holiday, or a weekend worked (调休). */
public enum DayKind {
    /** 法定节假日（含调休放假） */
    HOLIDAY,
    /** 调休上班的周末 */
    WORKDAY
}
