package org.unionaid.web.operations;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import org.unionaid.domain.hardship.ImportUploadErasure;

/**
 * Removes expired HTTP sessions from PostgreSQL once a minute, on one node (Spring Session's own cleanup,
 * which would run on every node, is switched off: {@code spring.session.jdbc.cleanup-cron=-}); and erases the
 * import spreadsheets nobody committed or gave up within a week (R-PRIV-02), every quarter of an hour, on one
 * node.
 */
@Component
class ScheduledPurges {

    private final JdbcIndexedSessionRepository sessions;
    private final ImportUploadErasure uploads;

    ScheduledPurges(JdbcIndexedSessionRepository sessions, ImportUploadErasure uploads) {
        this.sessions = sessions;
        this.uploads = uploads;
    }

    @Scheduled(cron = "${unionaid.scheduling.session-purge-cron:30 * * * * *}")
    @SchedulerLock(name = "expired-session-purge", lockAtMostFor = "PT5M", lockAtLeastFor = "PT20S")
    public void purgeExpiredSessions() {
        sessions.cleanUpExpiredSessions();
    }

    /**
     * R-PRIV-02 — every {@code UploadRetention.SWEEP_EVERY} (a quarter of an hour: the cron must not run less
     * often), so that no upload's content outlives {@code UploadRetention.KEPT_AT_MOST}; each erasure audited.
     */
    @Scheduled(cron = "${unionaid.scheduling.upload-erasure-cron:0 */15 * * * *}")
    @SchedulerLock(name = "import-upload-erasure", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    public void eraseExpiredUploads() {
        uploads.eraseExpired();
    }
}
