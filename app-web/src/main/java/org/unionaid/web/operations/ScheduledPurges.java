package org.unionaid.web.operations;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Removes expired HTTP sessions from PostgreSQL once a minute, on one node (Spring Session's own cleanup,
 * which would run on every node, is switched off: {@code spring.session.jdbc.cleanup-cron=-}).
 */
@Component
class ScheduledPurges {

    private final JdbcIndexedSessionRepository sessions;

    ScheduledPurges(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "${unionaid.scheduling.session-purge-cron:30 * * * * *}")
    @SchedulerLock(name = "expired-session-purge", lockAtMostFor = "PT5M", lockAtLeastFor = "PT20S")
    public void purgeExpiredSessions() {
        sessions.cleanUpExpiredSessions();
    }
}
