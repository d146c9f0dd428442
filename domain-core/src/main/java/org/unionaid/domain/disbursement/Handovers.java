package org.unionaid.domain.disbursement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.unionaid.domain.hardship.DocumentType;

/** Handovers of cash and goods, and the signed roster scans of batches. Implemented in the persistence module. */
public interface Handovers {

    /** One line handed over: on which visit, by whom, on which day (the visit's), recorded by whom and when. */
    record Handed(long lineId, long visitId, String handedBy, LocalDate handedOn, String note, long entryId,
            long recordedBy, Instant recordedAt) {
    }

    /** Marks a PENDING line paid by hand; false when it was not pending any more (nothing stored). */
    boolean markHandedOver(Handed handed);

    /** A signed roster scan, without its bytes. */
    record Scan(long id, long batchId, String filename, String contentType, int sizeBytes, Instant uploadedAt) {
    }

    Scan addScan(long batchId, String filename, DocumentType type, byte[] content, long uploadedBy, Instant uploadedAt);

    List<Scan> scans(long batchId);

    Optional<Scan> scan(long scanId);

    byte[] scanContent(long scanId);
}
