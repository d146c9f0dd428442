package org.unionaid.web.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.unionaid.domain.login.Base32;
import org.unionaid.domain.login.SecondFactor;
import org.unionaid.domain.login.SecondFactorLogin;
import org.unionaid.domain.login.SecondFactorRules;
import org.unionaid.domain.login.SecondFactors;
import org.unionaid.domain.login.Totp;
import org.unionaid.domain.user.UserAccount;

/**
 * The demo users' second factors (R-AUTH-01): every demo user whose roles require one is enrolled when the demo
 * data are loaded, with a secret of its own that the start-up banner prints beside the login, as it prints the
 * password — an authenticator app or {@code oathtool --totp -b SECRET} then gives the code. The gate is not
 * bypassed: demo users type codes like everyone else. Their recovery codes are made but shown to nobody.
 */
@Component
@ConditionalOnProperty(name = "unionaid.demo-data.enabled", havingValue = "true")
class DemoSecondFactors {

    private final SecondFactors factors;
    private final Clock clock;

    DemoSecondFactors(SecondFactors factors, Clock clock) {
        this.factors = factors;
        this.clock = clock;
    }

    /** Enrols the user with a new secret, confirmed as by a code of a step already past. */
    void enrolIfRequired(UserAccount user) {
        if (!SecondFactorRules.required(user.getRoles())) {
            return;
        }
        Instant now = clock.instant();
        factors.begin(user.getId(), Totp.newSecret(), now);
        factors.confirm(user.getId(), Totp.step(now) - Totp.TOLERANCE - 1, SecondFactorLogin.newRecoveryCodes(), now);
    }

    /** The user's confirmed secret as an authenticator app takes it, for the banner. */
    Optional<String> secretOf(long userId) {
        return factors.find(userId).filter(SecondFactor::confirmed).map(factor -> Base32.encode(factor.secret()));
    }
}
