package org.unionaid.domain.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.shared.Refusal;

/** Specifies R-AUTH-05 (growing delays per name and address) and R-AUTH-06 (the lock past the ceiling). */
class LoginRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T01:00:00Z");

    // R-AUTH-05
    @Test
    void typingSlipsCostNothingThenEachFailureDoublesTheWaitUpToAnHour() {
        assertThat(LoginRules.delayAfter(0)).isZero();
        assertThat(LoginRules.delayAfter(LoginRules.FREE_FAILURES - 1)).isZero();
        assertThat(LoginRules.delayAfter(LoginRules.FREE_FAILURES)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginRules.delayAfter(LoginRules.FREE_FAILURES + 1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginRules.delayAfter(LoginRules.FREE_FAILURES + 5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(LoginRules.delayAfter(LoginRules.FREE_FAILURES + 12)).isEqualTo(Duration.ofHours(1));
        assertThat(LoginRules.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
    }

    // R-AUTH-05
    @Test
    void anAttemptWithinTheWaitIsRefusedWithTheSecondsLeft() {
        Instant last = NOW.minusSeconds(3);
        assertThat(LoginRules.ALL.firstRefusal(new LoginRules.Attempt(NOW, LoginRules.FREE_FAILURES + 3, last, false)))
                .hasValue(Refusal.of("login.wait", 5L));
        assertThat(LoginRules.ALL.firstRefusal(new LoginRules.Attempt(NOW, LoginRules.FREE_FAILURES + 1, last, false)))
                .isEmpty();
        assertThat(LoginRules.ALL.firstRefusal(new LoginRules.Attempt(NOW, 2, NOW, false))).isEmpty();
        // A free failure stamped ahead of this node's clock (another node's clock runs a little fast) owes no wait.
        assertThat(LoginRules.ALL.firstRefusal(new LoginRules.Attempt(NOW, 2, NOW.plusSeconds(30), false))).isEmpty();
        assertThat(LoginRules.ALL.firstRefusal(new LoginRules.Attempt(NOW, 0, null, false))).isEmpty();
    }

    // R-AUTH-06
    @Test
    void aLockedNameIsRefusedWhateverItsDelay() {
        assertThat(LoginRules.ALL.firstRefusal(new LoginRules.Attempt(NOW, 0, null, true)))
                .hasValue(Refusal.of("login.locked"));
        assertThat(LoginRules.locks(LoginRules.CEILING - 1)).isFalse();
        assertThat(LoginRules.locks(LoginRules.CEILING)).isTrue();
    }

    // R-AUTH-06
    @Test
    void oneAddressAloneCannotReachTheCeilingWithinTheWindow() {
        Duration spent = Duration.ZERO;
        int failures = 0;
        while (true) {
            Duration wait = LoginRules.delayAfter(failures);
            if (spent.plus(wait).compareTo(LoginRules.WINDOW) > 0) {
                break;
            }
            spent = spent.plus(wait);
            failures++;
        }
        assertThat(failures).isLessThan(LoginRules.CEILING);
    }
}
