package org.unionaid.domain.user;

import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Use cases of user management. An admin manages the users of its own subtree and may place a user
 * only in an organisation of that subtree, never above its own.
 */
@Service
@Transactional
public class UserAdministration {

    private final UserAccounts users;
    private final Organisations organisations;
    private final PasswordHasher passwordHasher;
    private final PasswordHistory passwordHistory;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    public UserAdministration(UserAccounts users, Organisations organisations, PasswordHasher passwordHasher,
            PasswordHistory passwordHistory, AuditLog auditLog, ApplicationEventPublisher events) {
        this.users = users;
        this.organisations = organisations;
        this.passwordHasher = passwordHasher;
        this.passwordHistory = passwordHistory;
        this.auditLog = auditLog;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public UserAccount view(Actor actor, long id) {
        UserAccount user = users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
        actor.require(Role.ADMIN, user.getOrganisation().path());
        return user;
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> search(Actor actor, UserFilter filter, Pageable pageable) {
        actor.requireRole(Role.ADMIN);
        return users.search(actor.organisationPath(), filter, pageable);
    }

    public UserAccount create(Actor actor, NewUser command) {
        Organisation organisation = reachableOrganisation(actor, command.organisationId());
        requireRoles(command.roles());
        if (users.existsByLoginName(command.loginName())) {
            throw DomainException.onField("loginName", "user.loginName.taken");
        }
        PasswordPolicy.check("password", command.password(), command.loginName());
        UserAccount user = users.add(new UserAccount(command.loginName(), command.displayName(), organisation,
                command.roles(), passwordHasher.hash(command.password())));
        passwordHistory.add(user.getId(), user.getPasswordHash(), user.getPasswordChangedAt());
        auditLog.record(AuditEntry.success(actor, AuditAction.USER_CREATE, "user", user.getId(),
                user.getLoginName() + " at " + organisation.getCode() + " roles " + command.roles()));
        return user;
    }

    public UserAccount update(Actor actor, long id, UserChanges command) {
        UserAccount user = view(actor, id);
        Organisation organisation = reachableOrganisation(actor, command.organisationId());
        requireRoles(command.roles());
        if (user.getId() == actor.userId() && (!command.enabled() || !command.roles().contains(Role.ADMIN))) {
            // An admin who disables or demotes itself may leave its subtree with nobody to manage it.
            throw DomainException.onField("roles", "user.selfLockout");
        }
        String before = describe(user);
        user.change(command.displayName(), organisation, command.roles(), command.enabled());
        String after = describe(user);
        if (!after.equals(before)) {
            auditLog.record(AuditEntry.success(actor, AuditAction.USER_UPDATE, "user", id, before + " → " + after));
            events.publishEvent(new UserAccessChanged(id));
        }
        return user;
    }

    /** An admin sets a new password for a user who forgot theirs. */
    public void resetPassword(Actor actor, long id, String newPassword) {
        UserAccount user = view(actor, id);
        PasswordPolicy.check("password", newPassword, user.getLoginName());
        setPassword(user, "password", newPassword);
        auditLog.record(AuditEntry.success(actor, AuditAction.USER_RESET_PASSWORD, "user", id, null));
        events.publishEvent(new UserAccessChanged(id));
    }

    /** Any signed-in user changes its own password, proving it knows the current one. */
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        UserAccount user = users.findById(actor.userId())
                .orElseThrow(() -> new NotFoundException("user", actor.userId()));
        if (currentPassword == null || !passwordHasher.matches(currentPassword, user.getPasswordHash())) {
            throw DomainException.onField("currentPassword", "password.currentWrong");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw DomainException.onField("newPassword", "password.unchanged");
        }
        PasswordPolicy.check("newPassword", newPassword, user.getLoginName());
        setPassword(user, "newPassword", newPassword);
        auditLog.record(AuditEntry.success(actor, AuditAction.PASSWORD_CHANGE, "user", user.getId(), null));
    }

    /** R-AUTH-08 — a new password is none of the user's last five; it joins them. */
    private void setPassword(UserAccount user, String field, String newPassword) {
        PasswordPolicy.notRecent(newPassword, passwordHistory.recent(user.getId(), PasswordPolicy.HISTORY),
                passwordHasher).ifPresent(refusal -> {
                    throw refusal.onField(field);
                });
        user.changePasswordHash(passwordHasher.hash(newPassword));
        passwordHistory.add(user.getId(), user.getPasswordHash(), user.getPasswordChangedAt());
    }

    private Organisation reachableOrganisation(Actor actor, long organisationId) {
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation", organisationId));
        actor.require(Role.ADMIN, organisation.path());
        return organisation;
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw DomainException.onField("roles", "user.roles.required");
        }
    }

    private static String describe(UserAccount user) {
        return user.getDisplayName() + " @" + user.getOrganisation().getCode() + " " + user.getRoles()
                + (user.isEnabled() ? " enabled" : " disabled");
    }
}
