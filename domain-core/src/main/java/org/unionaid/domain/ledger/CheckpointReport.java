package org.unionaid.domain.ledger;

import java.time.Instant;
import java.util.List;

/**
 * A checkpoint file held against the database (R-LEDGER-07): when it was issued and by whom, how many unions it
 * lists, and each union whose chain no longer reaches the count and hash the file recorded.
 */
public record CheckpointReport(Instant issuedAt, String issuedBy, List<Checkpoint.Head> heads,
        List<AnchorMismatch> mismatches) {

    public CheckpointReport {
        heads = List.copyOf(heads);
        mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }

    public String unionName(long unionId) {
        return heads.stream().filter(head -> head.unionId() == unionId).map(Checkpoint.Head::unionName).findFirst()
                .orElse(String.valueOf(unionId));
    }
}
