package org.unionaid.domain.login;

import java.time.Instant;
import java.util.List;

import org.unionaid.domain.scope.OrganisationPath;

/**
 * Failed logins and locked names, in PostgreSQL (V45, V51) so that every application node counts the same
 * failures. Keys are login names in lower case, whether or not a user has them. Implemented in persistence.
 */
public interface LoginAttempts {

    /** The failures of a name from one address, and of the name from every address, since a moment. */
    record Failures(int fromAddress, Instant lastFromAddress, int fromAnywhere) {
    }

    /** A locked name that belongs to a user, as an admin's dashboard lists it. */
    record LockedAccount(long userId, String loginName, String displayName, String organisationName,
            Instant lockedAt, int failures) {
    }

    Failures since(String key, String address, Instant since);

    void fail(String key, String address, Instant at);

    /** Forgets the failures of a name from one address (a login from there succeeded). */
    void forget(String key, String address);

    boolean isLocked(String key);

    /** Locks a name; false when it was locked already. */
    boolean lock(String key, int failures, Instant at);

    /** Lifts a lock and forgets the name's failures; false when the name was not locked. */
    boolean unlock(String key);

    /** Locked names of users whose union lies in {@code scope}, the latest first. */
    List<LockedAccount> lockedIn(OrganisationPath scope);

    /** Forgets failures older than {@code before}; returns how many. */
    int purge(Instant before);
}
