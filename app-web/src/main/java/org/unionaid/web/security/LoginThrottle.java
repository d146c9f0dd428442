package org.unionaid.web.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.unionaid.domain.login.LoginAttempts;
import org.unionaid.domain.login.LoginRules;
import org.unionaid.domain.shared.Refusal;

/**
 * R-OPS-03 (kept in PostgreSQL) — slows down guessing, per login name and client address (R-AUTH-05) with a hard
 * lock past a per-name ceiling (R-AUTH-06), as {@link LoginRules} says. Every node counts the same failures
 * ({@code login_failure}, V45 and V51), so guessing on several nodes in turn gains nothing; {@code LoginFailurePurge}
 * forgets failures past the window. Both steps of a login go through here: the password and the second factor.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginAttempts attempts;
    private final Clock clock;

    LoginThrottle(LoginAttempts attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Why an attempt of this name from this address is not even checked, if it is not. */
    Optional<Refusal> refusal(String loginName, String address) {
        Instant now = clock.instant();
        LoginAttempts.Failures failures = attempts.since(key(loginName), address(address), now.minus(LoginRules.WINDOW));
        return LoginRules.ALL.firstRefusal(new LoginRules.Attempt(now, failures.fromAddress(),
                failures.lastFromAddress(), attempts.isLocked(key(loginName))));
    }

    /** Counts a failed password or code; locks the name when its failures reach the ceiling. */
    void failed(String loginName, String address) {
        Instant now = clock.instant();
        String key = key(loginName);
        attempts.fail(key, address(address), now);
        int fromAnywhere = attempts.since(key, address(address), now.minus(LoginRules.WINDOW)).fromAnywhere();
        if (LoginRules.locks(fromAnywhere) && attempts.lock(key, fromAnywhere, now)) {
            log.warn("Login name locked after {} failed logins within {}", fromAnywhere, LoginRules.WINDOW);
        }
    }

    /** A login from this address went through: its failures there are forgotten (not those from elsewhere). */
    void succeeded(String loginName, String address) {
        attempts.forget(key(loginName), address(address));
    }

    /** Forgets failures that no longer count; returns how many rows went. */
    int purge() {
        return attempts.purge(clock.instant().minus(LoginRules.WINDOW));
    }

    static String key(String loginName) {
        String key = loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    static String address(String address) {
        String value = address == null ? "" : address;
        return value.length() > 64 ? value.substring(0, 64) : value;
    }
}
