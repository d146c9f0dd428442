package org.unionaid.domain.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Visits sent from phones, by idempotency key, the keys phones hold, and the list a phone takes along. Implemented in persistence. */
public interface OfflineSubmissions {

    /** The first outcome kept for {@code key}, if it was sent before. */
    Optional<Submission> find(UUID key);

    /**
     * Claims {@code key} for a visit about to be recorded in the caller's transaction: {@code false} when the key is
     * taken (a concurrent sender waits here until the other's transaction ends).
     */
    boolean claim(UUID key, long userId, Instant now);

    /** Notes the visit recorded under a key claimed in this transaction. */
    void recorded(UUID key, long visitId);

    /** Keeps a refusal under {@code key}: {@code false} when the key was taken meanwhile. */
    boolean refused(UUID key, long userId, String reasonKey, List<String> reasonArgs, Instant now);

    /**
     * Up to {@code limit} approved files of the union {@code organisationId} itself with no visit from
     * {@code from} to {@code to}, the newest files first (the phone sorts them by name).
     */
    List<Household> notVisited(long organisationId, LocalDate from, LocalDate to, int limit);

    /** Keeps a key handed out to a phone. */
    void addKey(OfflineKey key, Instant now);

    Optional<OfflineKey> findKey(UUID id);

    record Submission(UUID key, long userId, OfflineOutcome.Kind outcome, Long visitId, String reasonKey,
            List<String> reasonArgs) {
    }

    /** A household on the phone's list: never a full ID or card number, never a birth date. */
    record Household(long fileId, long version, String workerName, String address, String idMasked,
            String cardMasked) {
    }
}
