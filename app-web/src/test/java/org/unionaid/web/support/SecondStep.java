package org.unionaid.web.support;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;
import org.unionaid.domain.login.Base32;
import org.unionaid.domain.login.SecondFactor;
import org.unionaid.domain.login.SecondFactors;
import org.unionaid.domain.login.Totp;
import org.unionaid.domain.user.UserAccounts;
import org.unionaid.web.shared.MovableClock;

/**
 * The authenticator app of the tests: the code a user's phone would show now, made from the secret stored for
 * the user (demo users are enrolled when the demo data load) and the application's clock. A code is accepted
 * once (R-AUTH-02), so this gives the earliest step the server still takes; when a user signed in so often that
 * no step of the window is left, the clock moves on by a step, as a person waits for the next code.
 */
@Component
public class SecondStep {

    private final SecondFactors factors;
    private final UserAccounts users;
    private final Clock clock;

    SecondStep(SecondFactors factors, UserAccounts users, Clock clock) {
        this.factors = factors;
        this.users = users;
        this.clock = clock;
    }

    /** The code for the user on this application's clock. */
    public String code(String loginName) {
        return code(loginName, clock);
    }

    /**
     * The code for the user if enrolled, made before the password step: when another test's node spent a later step
     * of the user, making the code moves this clock on, and a halfway login begun before that move would be left
     * more than its five minutes behind (R-AUTH-02 and R-AUTH-01's time limit, both kept).
     */
    public java.util.Optional<String> codeBeforePassword(String loginName) {
        long userId = users.findByLoginName(loginName).orElseThrow().getId();
        return factors.find(userId).isPresent() ? java.util.Optional.of(code(loginName, clock, 0))
                : java.util.Optional.empty();
    }

    /** The code for the user on another node's clock (each node of a test has its own moved clock). */
    public String code(String loginName, Clock nodeClock) {
        return code(loginName, nodeClock, -Totp.TOLERANCE);
    }

    /**
     * The code of the earliest step not spent yet, but not before {@code earliest} steps from the present: a code
     * typed at once may be the previous step's; one made before a password step must last through it, so it is at
     * least the present step's (accepted for 30 to 60 seconds).
     */
    private String code(String loginName, Clock nodeClock, int earliest) {
        long userId = users.findByLoginName(loginName).orElseThrow().getId();
        SecondFactor factor = factors.find(userId).orElseThrow(() -> new IllegalStateException(loginName
                + " has no second factor"));
        long present = Totp.step(nodeClock.instant());
        long step = Math.max(present + earliest, factor.lastUsedStep() + 1);
        while (step > Totp.step(nodeClock.instant()) + Totp.TOLERANCE) {
            if (!(nodeClock instanceof MovableClock movable)) {
                throw new IllegalStateException("every code of the present window was used for " + loginName);
            }
            movable.moveTo(movable.instant().plus(Duration.ofSeconds(Totp.STEP_SECONDS)));
        }
        return Totp.code(factor.secret(), step);
    }

    /** The secret a page showed, read back as the app reads it, and its present code. */
    public String codeFor(String base32Secret) {
        return Totp.code(Base32.decode(base32Secret), Totp.step(clock.instant()));
    }
}
