package org.unionaid.domain.anomaly;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of the rules over a subtree: who started it (null: the nightly run), when, how far it has come, the day
 * it judged as today and the thresholds it used.
 */
public record AnomalyRun(long id, long scopeUnionId, String scopeUnionName, String scopePath, Long startedBy,
        String startedByName, Instant startedAt, LocalDate asOf, AnomalySettings settings, int rulesTotal,
        int rulesDone, Status status, Instant finishedAt, String failure) {

    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    public boolean running() {
        return status == Status.RUNNING;
    }

    public boolean nightly() {
        return startedBy == null;
    }

    /** Progress in whole per cent. */
    public int percent() {
        return rulesTotal == 0 ? 100 : rulesDone * 100 / rulesTotal;
    }
}
