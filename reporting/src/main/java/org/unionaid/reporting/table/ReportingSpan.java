package org.unionaid.reporting.table;

import java.time.LocalDate;
import java.util.List;

/**
 * What a table covers (R-STAT-02): the days of a reporting period — for visits, group visits and files — and the
 * campaigns that start in it, whoever organised them — for money raised and paid. Each campaign is counted once, and
 * a household or recipient helped in two of them once per union.
 */
public record ReportingSpan(LocalDate from, LocalDate to, List<Long> campaignIds) {

    public ReportingSpan {
        campaignIds = List.copyOf(campaignIds);
    }

    /** The campaigns as an array for {@code = any(:campaigns)}; none matches no campaign. */
    Long[] campaigns() {
        return campaignIds.toArray(Long[]::new);
    }
}
