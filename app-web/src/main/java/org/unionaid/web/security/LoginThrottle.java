package org.unionaid.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins for one login name within
 * {@link #WINDOW}, that name is refused until the window has passed since the last failure, even with the
 * right password. Names that do not exist are counted the same way, so the answer tells nothing about
 * which names exist. Kept in memory, like the sessions: one application node.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isLocked(String loginName) {
        Deque<Instant> recent = failures.get(key(loginName));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            forgetOld(recent);
            return recent.size() >= MAX_FAILURES;
        }
    }

    void failed(String loginName) {
        Deque<Instant> recent = failures.computeIfAbsent(key(loginName), k -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
        }
    }

    void succeeded(String loginName) {
        failures.remove(key(loginName));
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant horizon = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.removeFirst();
        }
    }

    private static String key(String loginName) {
        return loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT);
    }
}
