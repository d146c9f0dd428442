package org.unionaid.domain.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.unionaid.domain.shared.Refusal;
import org.unionaid.domain.shared.Rule;
import org.unionaid.domain.shared.RuleSet;

/**
 * When a login attempt is not even checked (GB/T 22239-2019 8.1.4.1 b: 登录失败处理 — limit illegal logins).
 * Failures are counted per login name and client address, so that a stranger guessing from elsewhere slows
 * down only the stranger, never the user at the office; and per login name over every address, so that a
 * guesser spread over many addresses meets a hard lock that an admin lifts. Names nobody has are counted and
 * locked alike: the answers tell nothing about which names exist.
 */
public final class LoginRules {

    /** Failures of a name from one address that cost nothing: typing slips. */
    public static final int FREE_FAILURES = 3;
    /** The wait after the first failure past the free ones; each further failure doubles it... */
    public static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    /** ...up to this. */
    public static final Duration LONGEST_DELAY = Duration.ofHours(1);
    /** How long a failure counts. */
    public static final Duration WINDOW = Duration.ofHours(24);
    /**
     * Failures of a name from all addresses within {@link #WINDOW} that lock it. One address alone cannot reach
     * it within the window (3 free, then waits of 1 s, 2 s… up to an hour allow about 37 a day).
     */
    public static final int CEILING = 50;

    /** In the order they apply: a locked name waits for an admin, whatever its delay. */
    public static final RuleSet<Attempt> ALL = RuleSet.of(new NotLocked(), new AfterDelay());

    private LoginRules() {
    }

    /**
     * A login attempt as the throttle sees it: the failures of its name from its address within the window and
     * the last of them, and whether the name is locked.
     */
    public record Attempt(Instant now, int addressFailures, Instant lastAddressFailure, boolean locked) {
    }

    /** The wait a name and address owe after {@code failures} failures: none for the free ones, then doubling. */
    public static Duration delayAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /** R-AUTH-06 — whether a name's failures from all addresses within the window lock it. */
    public static boolean locks(int nameFailures) {
        return nameFailures >= CEILING;
    }

    /**
     * R-AUTH-06 — a locked name is refused, with the right password too and from every address, until an admin
     * of the account's union or above unlocks it.
     */
    static final class NotLocked implements Rule<Attempt> {
        @Override
        public Optional<Refusal> check(Attempt attempt) {
            return attempt.locked() ? Refusal.refuse("login.locked") : Optional.empty();
        }
    }

    /**
     * R-AUTH-05 — after the free failures, a name and address wait a growing delay since their last failure
     * before the next attempt is checked at all; an attempt refused so is no failure (it neither lengthens the
     * wait nor counts towards the lock).
     */
    static final class AfterDelay implements Rule<Attempt> {
        @Override
        public Optional<Refusal> check(Attempt attempt) {
            Duration delay = delayAfter(attempt.addressFailures());
            // No wait owed, no wait: a node whose clock lags another's must not invent one.
            if (attempt.lastAddressFailure() == null || delay.isZero()) {
                return Optional.empty();
            }
            Instant allowed = attempt.lastAddressFailure().plus(delay);
            if (!attempt.now().isBefore(allowed)) {
                return Optional.empty();
            }
            long millis = Duration.between(attempt.now(), allowed).toMillis();
            return Refusal.refuse("login.wait", Math.max(1, (millis + 999) / 1000));
        }
    }
}
