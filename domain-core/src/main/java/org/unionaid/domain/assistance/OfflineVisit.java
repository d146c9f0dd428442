package org.unionaid.domain.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A household visit as a phone recorded it without a signal and sends it once one returns: its idempotency key
 * (made on the phone, one per visit), the file it was for, and what the cadre entered — the cash as typed (an
 * amount, or nothing), the goods, the photos, and the signature drawn on the phone (a PNG) for cash or goods.
 */
public record OfflineVisit(UUID key, Long fileId, LocalDate visitedOn, VisitKind kind, String visitors, String cash,
        String goods, String notes, List<PhotoUpload> photos, byte[] signature) {

    /** The name the signature is stored under, among the visit's photos. */
    public static final String SIGNATURE_NAME = "签字.png";

    public OfflineVisit {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
