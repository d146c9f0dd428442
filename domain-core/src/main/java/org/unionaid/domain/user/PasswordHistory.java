package org.unionaid.domain.user;

import java.time.Instant;
import java.util.List;

/** Every password hash a user has had (V51), for R-AUTH-08's last five. Implemented in persistence. */
public interface PasswordHistory {

    void add(long userId, String passwordHash, Instant at);

    /** The user's most recent hashes, newest first (the current password's first). */
    List<String> recent(long userId, int count);
}
