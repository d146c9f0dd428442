package org.unionaid.domain.anomaly;

import java.math.BigDecimal;
import java.time.Instant;

/** One change of a threshold: who (null for the shipped default), when, to what, why. */
public record SettingChange(Threshold threshold, BigDecimal value, Long changedBy, String changedByName,
        Instant changedAt, String reason) {
}
