package org.unionaid.domain.assistance;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;

/**
 * Visits offline (issue 22): a cadre takes the list of the union's households still to visit onto a phone, records
 * visits where there is no signal, and sends each when a signal returns — once, whatever the phone repeats.
 */
@Service
public class OfflineVisiting {

    /** The current period: the last three months, as the coverage page shows unless asked otherwise. */
    public static final int PERIOD_DAYS = 90;

    /** Households a phone takes along at most: a union's round, not the county's. */
    public static final int LISTED = 500;

    /** How long a phone may hold its key, and so its list and its waiting visits: a working day in the field. */
    public static final Duration KEY_LIFETIME = Duration.ofHours(12);

    /** The refusal of a key that expired or is not the user's: the phone must sign in again. */
    public static final String KEY_EXPIRED = "offline.key.expired";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OfflineSubmissions submissions;
    private final OfflineRecording recording;
    private final AuditLog auditLog;
    private final Clock clock;

    public OfflineVisiting(OfflineSubmissions submissions, OfflineRecording recording, AuditLog auditLog, Clock clock) {
        this.submissions = submissions;
        this.recording = recording;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Who may take visits offline: those who record visits (see {@link Visiting#toFile}). */
    public static void requireRecorder(Actor actor) {
        actor.requireAnyRole(Role.CLERK, Role.REVIEWER);
    }

    /**
     * R-VISIT-05 — the key the phone encrypts with: the one it presents while it is the actor's and has not expired
     * (a new sign-in keeps the phone's key, and so its waiting visits), else a new random 256-bit key. A key that
     * expired is refused ({@code offline.key.expired}): the phone wipes what it holds and the user signs in again.
     */
    @Transactional
    public OfflineKey key(Actor actor, UUID presented) {
        requireRecorder(actor);
        if (presented != null) {
            Optional<OfflineKey> held = submissions.findKey(presented).filter(k -> k.userId() == actor.userId());
            if (held.isPresent()) {
                return requireValid(held.get());
            }
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        Instant now = clock.instant();
        OfflineKey key = new OfflineKey(UUID.randomUUID(), actor.userId(), secret, now.plus(KEY_LIFETIME));
        submissions.addKey(key, now);
        return key;
    }

    /** R-VISIT-05 — the key a phone sends with its list or a visit: the actor's, not expired; else refused. */
    @Transactional(readOnly = true)
    public void requireKey(Actor actor, UUID presented) {
        requireRecorder(actor);
        requireValid(Optional.ofNullable(presented).flatMap(submissions::findKey)
                .filter(k -> k.userId() == actor.userId())
                .orElseThrow(() -> new DomainException(KEY_EXPIRED)));
    }

    private OfflineKey requireValid(OfflineKey key) {
        if (!key.isValidAt(clock.instant())) {
            throw new DomainException(KEY_EXPIRED);
        }
        return key;
    }

    /**
     * R-VISIT-04 — the phone's list: the approved files of the actor's own union with no visit in the current period,
     * names and addresses with masked numbers only. Logged, since the list leaves the server.
     */
    @Transactional
    public List<OfflineSubmissions.Household> list(Actor actor) {
        requireRecorder(actor);
        LocalDate today = LocalDate.now(clock);
        List<OfflineSubmissions.Household> list = submissions.notVisited(actor.organisationId(),
                today.minusDays(PERIOD_DAYS), today, LISTED);
        auditLog.record(AuditEntry.success(actor, AuditAction.OFFLINE_LIST, "organisation", actor.organisationId(),
                list.size() + " files"));
        return list;
    }

    /**
     * R-VISIT-01, R-VISIT-02 — a visit sent from a phone: recorded once under its key, or refused with the reason
     * (kept under the key too); sent again, the first outcome is answered and nothing is recorded. A key another
     * user sent is refused and not kept.
     */
    public OfflineOutcome submit(Actor actor, OfflineVisit sent) {
        requireRecorder(actor);
        if (sent.key() == null) {
            throw DomainException.onField("key", "offline.key.missing");
        }
        Optional<OfflineOutcome> earlier = earlier(actor, sent.key());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            OfflineOutcome outcome = recording.recordOnce(actor, sent);
            if (outcome != null) {
                return outcome;
            }
        } catch (DomainException refusal) {
            if (recording.refuse(actor, sent.key(), refusal)) {
                return OfflineOutcome.refused(refusal.messageKey(), OfflineRecording.arguments(refusal), false);
            }
        }
        return earlier(actor, sent.key()).orElseThrow(() -> new DomainException("offline.key.taken"));
    }

    private Optional<OfflineOutcome> earlier(Actor actor, UUID key) {
        return submissions.find(key).map(first -> {
            if (first.userId() != actor.userId()) {
                throw new DomainException("offline.key.taken");
            }
            return first.outcome() == OfflineOutcome.Kind.RECORDED && first.visitId() != null
                    ? OfflineOutcome.recorded(first.visitId(), true)
                    : OfflineOutcome.refused(first.reasonKey(), first.reasonArgs(), true);
        });
    }
}
