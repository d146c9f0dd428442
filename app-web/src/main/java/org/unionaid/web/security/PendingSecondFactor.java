package org.unionaid.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.unionaid.domain.security.Actor;

/**
 * R-AUTH-01 — a login halfway: the password was right, the second factor is still owed. Kept in the session in
 * place of the signed-in user and never authenticated: it has no role, its principal is no {@link CurrentUser}
 * (so no controller gets an {@code Actor} from it), and {@link SecondFactorGate} sends it to the second step
 * whatever it asks for.
 */
final class PendingSecondFactor extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    /** How long the second step may wait for its code before the password must be given again. */
    static final Duration VALID_FOR = Duration.ofMinutes(5);

    private final CurrentUser user;
    private final Instant passwordAt;
    private final String remoteAddress;
    private final boolean enrolled;

    PendingSecondFactor(CurrentUser user, Instant passwordAt, String remoteAddress, boolean enrolled) {
        super(List.of());
        this.user = user;
        this.passwordAt = passwordAt;
        this.remoteAddress = remoteAddress;
        this.enrolled = enrolled;
        super.setAuthenticated(false);
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("a pending login is never authenticated");
        }
        super.setAuthenticated(false);
    }

    /** The login name: sessions are indexed by it, so a change to the user ends this one too. */
    @Override
    public Object getPrincipal() {
        return user.getUsername();
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    CurrentUser user() {
        return user;
    }

    /** The user signing in, as the second step's use cases see it. */
    Actor actor() {
        return user.actor(remoteAddress);
    }

    String remoteAddress() {
        return remoteAddress;
    }

    boolean enrolled() {
        return enrolled;
    }

    boolean expired(Instant now) {
        return now.isAfter(passwordAt.plus(VALID_FOR));
    }

    /** The page of the step still owed. */
    String stepPage() {
        return enrolled ? "/login/code" : "/login/enrol";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PendingSecondFactor pending && pending.user.equals(user)
                && pending.passwordAt.equals(passwordAt);
    }

    @Override
    public int hashCode() {
        return user.hashCode() * 31 + passwordAt.hashCode();
    }
}
