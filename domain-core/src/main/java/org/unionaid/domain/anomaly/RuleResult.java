package org.unionaid.domain.anomaly;

import java.time.Instant;

/** One rule of a run: its version, its hits (in the whole run and in the reader's subtree), how long it took. */
public record RuleResult(AnomalyRule rule, int version, int hits, long visibleHits, long dismissedHits,
        Instant startedAt, long elapsedMillis) {
}
