package org.unionaid.domain.disbursement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.unionaid.domain.hardship.DocumentType;

/** Handovers of cash and goods, and the signed roster scans of batches. Implemented in the persistence module. */
public interface Handovers {

    /** Marks a PENDING line paid by hand; false when it was not pending any more (nothing stored). */
    boolean markHandedOver(long lineId, String handedBy, LocalDate handedOn, String note, long entryId, long recordedBy);

    /** A signed roster scan, without its bytes. */
    record Scan(long id, long batchId, String filename, String contentType, int sizeBytes) {
    }

    Scan addScan(long batchId, String filename, DocumentType type, byte[] content, long uploadedBy);

    List<Scan> scans(long batchId);

    Optional<Scan> scan(long scanId);

    byte[] scanContent(long scanId);
}
