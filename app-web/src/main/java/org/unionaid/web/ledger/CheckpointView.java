package org.unionaid.web.ledger;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.unionaid.domain.ledger.CheckpointReport;

/** A checkpoint file held against the database, for the ledger page after the redirect (a flash attribute). */
record CheckpointView(Instant issuedAt, String issuedBy, int unions, List<LedgerCheckView.AnchorLine> mismatches)
        implements Serializable {

    static CheckpointView of(CheckpointReport report) {
        return new CheckpointView(report.issuedAt(), report.issuedBy(), report.heads().size(),
                report.mismatches().stream()
                        .map(m -> LedgerCheckView.AnchorLine.of(m, report.unionName(m.unionId()))).toList());
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }
}
