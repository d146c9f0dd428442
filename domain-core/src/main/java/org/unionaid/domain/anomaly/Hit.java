package org.unionaid.domain.anomaly;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One hit of a rule in a run: the records it concerns, the figures that make it a hit ({@code evidence}, by name;
 * masked numbers only), the union responsible for it, and — when an auditor dismissed the same hit — the
 * dismissal.
 *
 * @param amount the money concerned, when there is one, for ordering
 */
public record Hit(long runId, AnomalyRule rule, String key, long unionId, String unionName, BigDecimal amount,
        List<RecordRef> records, Map<String, Object> evidence, Dismissal dismissal) {

    public Hit {
        records = List.copyOf(records);
        evidence = Map.copyOf(evidence);
    }

    /** Why an auditor took a hit off the list, and whether it was the reader's union or one above it. */
    public record Dismissal(String reason, String byName, String unionName, Instant at, boolean hides) {
    }

    public boolean dismissed() {
        return dismissal != null;
    }
}
