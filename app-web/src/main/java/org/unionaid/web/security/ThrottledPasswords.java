package org.unionaid.web.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.unionaid.domain.shared.Refusal;

/**
 * The password step behind the throttle: an attempt the throttle refuses (R-AUTH-05, R-AUTH-06) is answered
 * before the password is looked at — right or wrong, the guesser learns nothing more — and is recorded once
 * (R-AUTH-07). Thrown from here rather than from the user lookup, where Spring Security would wrap it as an
 * internal error and log it with its stack trace.
 */
final class ThrottledPasswords implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final RefusedLogins refused;

    ThrottledPasswords(AuthenticationProvider passwords, LoginThrottle throttle, RefusedLogins refused) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.refused = refused;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = addressOf(authentication);
        Optional<Refusal> refusal = throttle.refusal(authentication.getName(), address);
        if (refusal.isPresent()) {
            LoginRefusedException refusedAttempt = LoginRefusedException.of(refusal.get());
            refused.record(authentication.getName(), address, refusedAttempt);
            throw refusedAttempt;
        }
        return passwords.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }
}
