package org.unionaid.domain.anomaly;

/**
 * One anomaly rule as it runs: a set-based query over the run's subtree whose hits are stored with the run
 * (persistence holds one small class per rule with its one SQL statement; the statistics rule reuses the
 * record check of the reporting module). A check reads business data and writes only the run's hits
 * (R-AUDIT-01).
 */
public interface AnomalyCheck {

    AnomalyRule rule();

    /** Finds the hits of {@code context}'s subtree and stores them with its run; returns how many. */
    int run(RunContext context);

    /**
     * Finds the hits of {@code context}'s subtree and stores nothing; returns how many: the rule's own work, which
     * the benchmark compares a whole run with (docs/benchmarks.md).
     */
    int count(RunContext context);
}
