package org.unionaid.domain.ledger;

import java.util.List;

/** Balance rows in source and purpose order, with their column totals. */
public record BalanceTable(List<BalanceRow> rows, BalanceRow total) {

    public BalanceTable {
        rows = List.copyOf(rows);
    }

    public static BalanceTable of(List<BalanceRow> rows) {
        return new BalanceTable(rows, rows.stream().reduce(BalanceRow.empty(null, null), BalanceRow::plus));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
