package org.unionaid.reporting.statistics;

import java.time.Instant;

/** A direct child's table on its parent's board, with how often it was reminded (催报). */
public record ChildReport(long unionId, String unionName, BoardStatus status, boolean late, Instant lastSubmittedAt,
        int reminders) {
}
