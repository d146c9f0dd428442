package org.unionaid.domain.finding;

import java.time.Instant;
import java.util.List;

import org.unionaid.domain.anomaly.AnomalyRule;
import org.unionaid.domain.anomaly.RecordRef;

/**
 * An audit finding (审计发现): the records it concerns, the auditor's note, the union responsible for putting it
 * right, who raised it where and when, and — when it came from a hit — the run, rule and hit. Its status is its
 * latest step.
 */
public record Finding(long id, long unionId, String unionName, String unionPath, String title, String note,
        List<RecordRef> records, Long runId, AnomalyRule rule, String hitKey, long raisedBy, String raisedByName,
        long raisedUnionId, String raisedUnionName, String raisedUnionPath, Instant raisedAt, FindingStatus status,
        Instant lastStepAt) {

    public Finding {
        records = List.copyOf(records);
    }

    public boolean fromHit() {
        return rule != null;
    }
}
