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
class SessionExpiry {

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
}
