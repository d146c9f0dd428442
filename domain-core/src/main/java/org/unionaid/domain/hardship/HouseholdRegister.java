package org.unionaid.domain.hardship;

/** 户籍: urban or rural household registration. */
public enum HouseholdRegister {
    URBAN,
    RURAL
}
