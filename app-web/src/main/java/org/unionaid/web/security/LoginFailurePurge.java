package org.unionaid.web.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets failed logins older than the throttle's window, every ten minutes, on one node. */
@Component
class LoginFailurePurge {

    private final LoginThrottle throttle;

    LoginFailurePurge(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Scheduled(cron = "${unionaid.scheduling.login-failure-purge-cron:0 */10 * * * *}")
    @SchedulerLock(name = "login-failure-purge", lockAtMostFor = "PT5M", lockAtLeastFor = "PT1M")
    public void purge() {
        throttle.purge();
    }
}
