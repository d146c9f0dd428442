package org.unionaid.domain.workpaper;

/** What a spot-check sample draws from. */
public enum SampleKind {
    /** the paid lines of a campaign in the subtree (抽查发放) */
    PAID_LINES,
    /** the approved files of the subtree (入户抽查: one province spot-checks 30 % a year) */
    FILES
}
