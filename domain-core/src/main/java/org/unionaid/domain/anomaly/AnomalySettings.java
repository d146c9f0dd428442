package org.unionaid.domain.anomaly;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** The thresholds in force, as a run uses them and keeps them with its results. */
public record AnomalySettings(Map<Threshold, BigDecimal> values) {

    public AnomalySettings {
        EnumMap<Threshold, BigDecimal> copy = new EnumMap<>(Threshold.class);
        copy.putAll(values);
        for (Threshold threshold : Threshold.values()) {
            if (!copy.containsKey(threshold)) {
                throw new IllegalArgumentException("no value for " + threshold);
            }
        }
        values = Map.copyOf(copy);
    }

    public BigDecimal get(Threshold threshold) {
        return values.get(threshold);
    }

    public int days(Threshold threshold) {
        return values.get(threshold).intValueExact();
    }
}
