package org.unionaid.web.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R-OPS-03 (kept in PostgreSQL) — slows down password guessing: after {@value #MAX_FAILURES} failed logins
 * for one login name within {@link #WINDOW}, that name is refused until the window has passed since the
 * last failure, even with the right password. Names that do not exist are counted the same way, so the
 * answer tells nothing about which names exist. The failures are kept in PostgreSQL ({@code login_failure},
 * V45), not in a node's memory: every application node counts the same failures, so guessing on several
 * nodes in turn gains nothing, and a restarted node forgets nothing. {@code LoginFailurePurge} removes rows
 * past the window.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isLocked(String loginName) {
        return jdbc.sql("""
                select count(*) from login_failure where login_key = :key and failed_at >= :horizon
                """).param("key", key(loginName)).param("horizon", horizon())
                .query(Long.class).single() >= MAX_FAILURES;
    }

    void failed(String loginName) {
        jdbc.sql("insert into login_failure (login_key, failed_at) values (:key, :at)")
                .param("key", key(loginName)).param("at", Timestamp.from(clock.instant())).update();
    }

    void succeeded(String loginName) {
        jdbc.sql("delete from login_failure where login_key = :key").param("key", key(loginName)).update();
    }

    /** Forgets failures that no longer count; returns how many rows went. */
    int purge() {
        return jdbc.sql("delete from login_failure where failed_at < :horizon").param("horizon", horizon()).update();
    }

    private Timestamp horizon() {
        Instant horizon = clock.instant().minus(WINDOW);
        return Timestamp.from(horizon);
    }

    private static String key(String loginName) {
        String key = loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }
}
