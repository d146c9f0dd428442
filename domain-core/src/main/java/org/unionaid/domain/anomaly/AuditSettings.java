package org.unionaid.domain.anomaly;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The thresholds of the anomaly rules, one row per change (append-only). Implemented in persistence. */
public interface AuditSettings {

    /** The latest value of every threshold. */
    AnomalySettings current();

    void change(Threshold threshold, BigDecimal value, long changedBy, Instant at, String reason);

    /** Every change, newest first. */
    List<SettingChange> history();
}
