package org.unionaid.domain.hardship;

/** 劳模 level, if any. */
public enum ModelWorkerLevel {
    NONE,
    NATIONAL,
    PROVINCIAL,
    CITY
}
