package org.unionaid.web.anomaly;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.unionaid.domain.anomaly.AnomalyDetection;

/**
 * The nightly run of every anomaly rule over each top union's subtree, so that the desk opens on last night's
 * results. The time is {@code unionaid.audit.nightly-cron} (Beijing time; default 02:30, "-" switches it off).
 * {@link #runNightly} is the one method a multi-node lock (ShedLock) needs to guard.
 */
@Configuration
@EnableScheduling
class NightlyAnomalyRun {

    private final AnomalyDetection runs;
    private final RunExecutor executor;

    NightlyAnomalyRun(AnomalyDetection runs, RunExecutor executor) {
        this.runs = runs;
        this.executor = executor;
    }

    @Scheduled(cron = "${unionaid.audit.nightly-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    public void runNightly() {
        runs.startNightly().forEach(executor::execute);
    }
}
