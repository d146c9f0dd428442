package org.unionaid.reporting.statistics;

/** A child's table as its parent's board shows it: 未开始, 草稿, 已上报, 逾期, 已退回, 已接收. */
public enum BoardStatus {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    LATE,
    RETURNED,
    ACCEPTED
}
