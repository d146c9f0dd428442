package org.unionaid.domain.ledger;

import java.util.List;

/**
 * The ledger check of one union (R-LEDGER-04): its chain walked, every balance recomputed from the postings,
 * every entry it takes part in summed, and every head of it recorded in another chain compared. It passes —
 * and only then may a page say 验证通过 — when all four agree.
 */
public record LedgerCheckReport(long unionId, ChainReport chain, List<BalanceDiscrepancy> balances,
        List<UnbalancedEntry> entries, List<AnchorMismatch> anchors) {

    public LedgerCheckReport {
        balances = List.copyOf(balances);
        entries = List.copyOf(entries);
        anchors = List.copyOf(anchors);
    }

    public boolean passed() {
        return chain.intact() && balances.isEmpty() && entries.isEmpty() && anchors.isEmpty();
    }
}
