package org.unionaid.domain.hardship;

/** What happened to a file, as its timeline lists it. */
public enum FileEvent {
    OPENED,
    IMPORTED,
    SUBMITTED,
    REVISED,
    RETURNED,
    CATEGORY_DECIDED,
    NOTICE_STARTED,
    NOTICE_PASSED,
    APPROVED,
    INCOME_CHECKED,
    EXITED,
    CANCELLED,
    REVERIFIED,
    CATEGORY_CONFIRMED,
    LEVEL_CONFIRMED,
    EXIT_REJECTED
}
