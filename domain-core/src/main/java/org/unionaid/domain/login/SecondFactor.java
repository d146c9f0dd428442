package org.unionaid.domain.login;

import java.time.Instant;

/**
 * A user's TOTP secret as the store keeps it (sealed at rest, open here), whether its enrolment was confirmed
 * with a first code, and the last step a code was accepted for.
 */
public record SecondFactor(long userId, byte[] secret, Instant createdAt, Instant confirmedAt, long lastUsedStep) {

    public SecondFactor {
        secret = secret.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
