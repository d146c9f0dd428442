package org.unionaid.domain.login;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAccounts;

/** Accounts locked by too many failed logins, as the admins of their unions and above see and lift them. */
@Service
@Transactional
public class AccountLocking {

    private final UserAccounts users;
    private final LoginAttempts attempts;
    private final AuditLog auditLog;

    public AccountLocking(UserAccounts users, LoginAttempts attempts, AuditLog auditLog) {
        this.users = users;
        this.attempts = attempts;
        this.auditLog = auditLog;
    }

    /** R-AUTH-06 — the admin is told on the dashboard of every locked account of its subtree. */
    @Transactional(readOnly = true)
    public List<LoginAttempts.LockedAccount> locked(Actor actor) {
        actor.requireRole(Role.ADMIN);
        return attempts.lockedIn(actor.organisationPath());
    }

    /** The lock of one user of the admin's subtree, if the user is locked. */
    @Transactional(readOnly = true)
    public Optional<LoginAttempts.LockedAccount> lockOf(Actor actor, long userId) {
        UserAccount user = user(actor, userId);
        if (!attempts.isLocked(user.getLoginName())) {
            return Optional.empty();
        }
        return attempts.lockedIn(user.getOrganisation().path()).stream()
                .filter(locked -> locked.userId() == userId).findFirst();
    }

    /**
     * R-AUTH-06 — an admin of the account's union or above lifts the lock (after making sure the user is the one
     * asking); the failures counted so far are forgotten with it. Audited.
     */
    public void unlock(Actor actor, long userId) {
        UserAccount user = user(actor, userId);
        if (!attempts.unlock(user.getLoginName())) {
            throw new DomainException("login.unlock.notLocked");
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.ACCOUNT_UNLOCK, "user", userId, null));
    }

    private UserAccount user(Actor actor, long userId) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        actor.require(Role.ADMIN, user.getOrganisation().path());
        return user;
    }
}
