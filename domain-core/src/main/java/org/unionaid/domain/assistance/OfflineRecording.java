package org.unionaid.domain.assistance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;

/**
 * The two transactions of a visit sent from a phone ({@link OfflineVisiting}): the visit recorded through the
 * ordinary use case together with its idempotency key, or — once that was refused and rolled back — the refusal
 * kept under the key. Apart from {@link OfflineVisiting} so that each call is a transaction of its own.
 */
@Service
public class OfflineRecording {

    private final Visiting visiting;
    private final OfflineSubmissions submissions;
    private final Clock clock;

    public OfflineRecording(Visiting visiting, OfflineSubmissions submissions, Clock clock) {
        this.visiting = visiting;
        this.submissions = submissions;
        this.clock = clock;
    }

    /**
     * R-VISIT-01 — records the visit with {@link Visiting#toFile} (every gate of a visit applies) and its key in one
     * transaction; {@code null} when the key is taken, recording nothing.
     */
    @Transactional
    public OfflineOutcome recordOnce(Actor actor, OfflineVisit sent) {
        if (!submissions.claim(sent.key(), actor.userId(), clock.instant())) {
            return null;
        }
        if (sent.fileId() == null) {
            throw DomainException.onField("fileId", "offline.file.missing");
        }
        List<PhotoUpload> photos = new ArrayList<>(sent.photos());
        String given = given(sent);
        if (sent.signature() != null && sent.signature().length > 0) {
            photos.add(new PhotoUpload(OfflineVisit.SIGNATURE_NAME, sent.signature()));
        }
        Visit visit = visiting.toFile(actor, sent.fileId(), sent.visitedOn(),
                sent.kind(), sent.visitors(), given, sent.notes(), photos);
        submissions.recorded(sent.key(), visit.getId());
        return OfflineOutcome.recorded(visit.getId(), false);
    }

    /** R-VISIT-02 — keeps the refusal under the key: {@code false} when another sender took the key meanwhile. */
    @Transactional
    public boolean refuse(Actor actor, UUID key, DomainException refusal) {
        return submissions.refused(key, actor.userId(), refusal.messageKey(), arguments(refusal), clock.instant());
    }

    static List<String> arguments(DomainException refusal) {
        return Arrays.stream(refusal.arguments()).map(String::valueOf).toList();
    }

    /**
     * R-VISIT-03 — what was given, as the visit records it: the cash (an amount in yuan, R-PRIV-06) and the goods;
     * either needs the receiver's signature drawn on the phone.
     */
    static String given(OfflineVisit sent) {
        boolean cash = sent.cash() != null && !sent.cash().isBlank();
        boolean goods = sent.goods() != null && !sent.goods().isBlank();
        if (!cash && !goods) {
            return null;
        }
        if (sent.signature() == null || sent.signature().length == 0) {
            throw DomainException.onField("signature", "offline.signature.missing");
        }
        List<String> parts = new ArrayList<>();
        if (cash) {
            Money amount = Money.parse("cash", sent.cash());
            if (amount.isZero()) {
                throw DomainException.onField("cash", "offline.cash.zero");
            }
            parts.add("现金 " + amount.toBigDecimal().toPlainString() + " 元");
        }
        if (goods) {
            parts.add("物品：" + sent.goods().strip());
        }
        return String.join("；", parts);
    }
}
