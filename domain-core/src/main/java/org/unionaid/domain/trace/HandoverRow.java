package org.unionaid.domain.trace;

import java.time.Instant;
import java.time.LocalDate;

/** Cash or goods handed over in person: by whom, on which day, recorded by whom and when, and its ledger entry. */
public record HandoverRow(String handedBy, LocalDate handedOn, String note, Instant recordedAt, String recordedByName,
        long entryId) {
}
