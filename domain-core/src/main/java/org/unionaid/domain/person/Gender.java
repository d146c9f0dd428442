package org.unionaid.domain.person;

/** Gender as the resident ID number records it. */
public enum Gender {
    MALE,
    FEMALE
}
