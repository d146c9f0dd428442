package org.unionaid.domain.assistance;

import java.time.Instant;
import java.util.UUID;

/** The key a phone encrypts what it holds with: a user's, until it expires (R-VISIT-05). */
public record OfflineKey(UUID id, long userId, byte[] secret, Instant expiresAt) {

    public OfflineKey {
        secret = secret.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
