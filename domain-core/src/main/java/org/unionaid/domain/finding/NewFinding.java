package org.unionaid.domain.finding;

import java.util.List;

import org.unionaid.domain.anomaly.AnomalyRule;
import org.unionaid.domain.anomaly.RecordRef;

/**
 * What an auditor raises: the union responsible, a title, the note, the records it concerns, and the hit it comes
 * from (run, rule and key) or none.
 */
public record NewFinding(Long unionId, String title, String note, List<RecordRef> records, Long runId,
        AnomalyRule rule, String hitKey) {

    public NewFinding {
        records = records == null ? List.of() : List.copyOf(records);
    }
}
