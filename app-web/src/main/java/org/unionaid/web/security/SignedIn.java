package org.unionaid.web.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * A login completed by the second factor (R-AUTH-01). A user whose roles require it reaches the application
 * only with a {@code SignedIn}: the password alone gives a {@link PendingSecondFactor}, and any other
 * authentication of such a user counts as no login at all ({@link SecondFactorGate#complete}).
 */
public final class SignedIn extends UsernamePasswordAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private SignedIn(CurrentUser user) {
        super(user, null, user.getAuthorities());
    }

    /** After the second step. Public for tests, which sign in as demo users without typing codes. */
    public static SignedIn withSecondFactor(CurrentUser user) {
        return new SignedIn(user);
    }
}
