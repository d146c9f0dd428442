package org.unionaid.web.anomaly;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.unionaid.domain.anomaly.AnomalyDetection;

import jakarta.annotation.PreDestroy;

/**
 * Executes started anomaly runs on one thread of their own, one run after another: a run over a province reads
 * every payment line, and two at once would only halve each other's speed. The page follows the run's progress.
 */
@Component
class RunExecutor {

    private static final Logger log = LoggerFactory.getLogger(RunExecutor.class);

    private final AnomalyDetection runs;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "anomaly-run");
        t.setDaemon(true);
        return t;
    });

    RunExecutor(AnomalyDetection runs) {
        this.runs = runs;
    }

    /** Queues the run; it starts when the runs before it are done. */
    void submit(long runId) {
        thread.execute(() -> execute(runId));
    }

    /** Executes the run on the calling thread (the nightly job has a thread of its own). */
    void execute(long runId) {
        try {
            runs.execute(runId);
        } catch (RuntimeException e) {
            log.error("Anomaly run {} failed", runId, e);
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
