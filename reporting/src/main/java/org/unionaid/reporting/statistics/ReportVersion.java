package org.unionaid.reporting.statistics;

import java.time.Instant;

/**
 * One submission of a table, frozen: its number, hash, who sent it when, the layout it was computed in, and the
 * parent's decision.
 */
public record ReportVersion(long id, int number, String sha256, String submittedBy, Instant submittedAt,
        boolean late, ReportStatus decision, String decisionComment, String decidedBy, Instant decidedAt,
        String definition) {
}
