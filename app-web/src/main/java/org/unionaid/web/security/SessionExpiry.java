package org.unionaid.web.security;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.unionaid.domain.user.UserAccessChanged;

/**
 * Ends every session of a user whose access changed (disabled, new roles or union, password reset)
 * once the change is committed. The user's next request goes to the login page.
 */
@Component
public class SessionExpiry {

    private final SessionRegistry sessionRegistry;

    SessionExpiry(SessionRegistry sessionRegistry) {
        this.sessionRegistry = sessionRegistry;
    }

    @TransactionalEventListener
    void expireSessionsOf(UserAccessChanged change) {
        sessionRegistry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof CurrentUser user && user.getUserId() == change.userId())
                .flatMap(principal -> sessionRegistry.getAllSessions(principal, false).stream())
                .forEach(session -> session.expireNow());
    }

    /**
     * Ends a user's other sessions after the user changed its own password: whoever knew the old one and
     * signed in elsewhere is signed out, the session that made the change stays.
     */
    public void expireOtherSessionsOf(long userId, String keptSessionId) {
        sessionRegistry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof CurrentUser user && user.getUserId() == userId)
                .flatMap(principal -> sessionRegistry.getAllSessions(principal, false).stream())
                .filter(session -> !session.getSessionId().equals(keptSessionId))
                .forEach(session -> session.expireNow());
    }
}
