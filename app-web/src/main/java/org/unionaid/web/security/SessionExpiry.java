package org.unionaid.web.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.unionaid.domain.user.UserAccessChanged;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAccounts;

/**
 * Ends every session of a user whose access changed (disabled, new roles or union, password reset)
 * once the change is committed. The user's next request, on whichever node, goes to the login page: the
 * sessions are found by login name in PostgreSQL and marked expired there.
 */
@Component
public class SessionExpiry {

    private final SessionRegistry sessionRegistry;
    private final UserAccounts users;

    SessionExpiry(SessionRegistry sessionRegistry, UserAccounts users) {
        this.sessionRegistry = sessionRegistry;
        this.users = users;
    }

    @TransactionalEventListener
    void expireSessionsOf(UserAccessChanged change) {
        users.findById(change.userId()).map(UserAccount::getLoginName)
                .ifPresent(login -> sessionRegistry.getAllSessions(login, false)
                        .forEach(SessionInformation::expireNow));
    }

    /**
     * Ends a user's other sessions after the user changed its own password: whoever knew the old one and
     * signed in elsewhere is signed out, the session that made the change stays.
     */
    public void expireOtherSessionsOf(long userId, String keptSessionId) {
        users.findById(userId).map(UserAccount::getLoginName)
                .ifPresent(login -> sessionRegistry.getAllSessions(login, false).stream()
                        .filter(session -> !session.getSessionId().equals(keptSessionId))
                        .forEach(SessionInformation::expireNow));
    }
}
