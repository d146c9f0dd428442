package org.unionaid.domain.assistance;

/** Where a planned measure stands. */
public enum MeasureStatus {
    PLANNED,
    IN_PROGRESS,
    DONE
}
