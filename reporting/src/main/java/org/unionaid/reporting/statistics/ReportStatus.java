package org.unionaid.reporting.statistics;

/** Where a union's table for a campaign stands: 草稿, 已上报, 已接收, 已退回. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    ACCEPTED,
    RETURNED;

    /** Whether the union may still change its manual cells and submit. */
    public boolean open() {
        return this == DRAFT || this == RETURNED;
    }
}
