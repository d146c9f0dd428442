package org.unionaid.web.security;

import org.springframework.security.core.AuthenticationException;
import org.unionaid.domain.shared.Refusal;

/**
 * A login attempt the throttle did not even check (R-AUTH-05, R-AUTH-06). Not one of the exceptions Spring
 * Security maps to a failure event and not wrapped as an internal error, so it is neither counted as a failure
 * nor logged with a stack trace: {@link RefusedLogins} writes its one audit row and one log line.
 */
abstract class LoginRefusedException extends AuthenticationException {

    private final Refusal refusal;

    LoginRefusedException(Refusal refusal) {
        super(refusal.messageKey());
        this.refusal = refusal;
    }

    Refusal refusal() {
        return refusal;
    }

    /** The refusal as its exception: locked (R-AUTH-06) or waiting (R-AUTH-05). */
    static LoginRefusedException of(Refusal refusal) {
        return "login.locked".equals(refusal.messageKey()) ? new LoginLockedException(refusal)
                : new LoginDelayedException(refusal);
    }

    /** Where the login page says why, e.g. {@code /login?wait=8}. */
    String loginPage() {
        return this instanceof LoginLockedException ? "/login?locked" : "/login?wait=" + refusal.arguments().get(0);
    }

    /** R-AUTH-06 — the name is locked until an admin lifts it. */
    static final class LoginLockedException extends LoginRefusedException {
        LoginLockedException(Refusal refusal) {
            super(refusal);
        }
    }

    /** R-AUTH-05 — the name and address wait a while before the next attempt is checked. */
    static final class LoginDelayedException extends LoginRefusedException {
        LoginDelayedException(Refusal refusal) {
            super(refusal);
        }
    }
}
