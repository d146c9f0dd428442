package org.unionaid.domain.login;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The second factors of users (V51): the secret sealed like personal data, the recovery codes as keyed digests
 * only. Every change that decides whether a code counts is one conditional statement whose row count is the
 * answer, so two nodes given the same code at once accept it once. Implemented in the persistence module.
 */
public interface SecondFactors {

    Optional<SecondFactor> find(long userId);

    /** Stores a new unconfirmed secret, replacing an unconfirmed one; false when a confirmed one exists. */
    boolean begin(long userId, byte[] secret, Instant at);

    /**
     * Confirms the unconfirmed secret with the step of its first code and stores the recovery codes' digests;
     * false when there is no unconfirmed secret or the step is spent.
     */
    boolean confirm(long userId, long step, List<String> recoveryCodes, Instant at);

    /** Spends a step of a confirmed secret: false when it, or a later one, was spent before. */
    boolean spend(long userId, long step);

    /** Spends an unused recovery code of the user: false when it is not one, or was used. */
    boolean spendRecoveryCode(long userId, String code, Instant at);

    int recoveryCodesLeft(long userId);

    /** Forgets the user's secret and recovery codes; false when there were none. */
    boolean remove(long userId);
}
