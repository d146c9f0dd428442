package org.unionaid.web.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.unionaid.domain.ledger.BalanceRow;
import org.unionaid.domain.ledger.BalanceTable;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;

/**
 * The bar chart of available money by fund source: one SVG bar per source, drawn by the template with
 * attributes only (the CSP allows no script and no inline style). The largest bar fills its view box.
 */
record AvailableChart(List<Bar> bars) {

    /** The longest bar, in the SVG's units. */
    static final int WIDTH = 200;

    /** One source's bar: its length in the SVG's units. */
    record Bar(FundSource source, Money amount, int length) {
    }

    static AvailableChart of(BalanceTable table) {
        Money largest = table.rows().stream().map(BalanceRow::available).max(Money::compareTo).orElse(Money.ZERO);
        if (!largest.isGreaterThan(Money.ZERO)) {
            return new AvailableChart(List.of());
        }
        return new AvailableChart(table.rows().stream()
                .filter(row -> row.available().isGreaterThan(Money.ZERO))
                .map(row -> new Bar(row.source(), row.available(), Math.max(1, row.available().toBigDecimal()
                        .multiply(BigDecimal.valueOf(WIDTH)).divide(largest.toBigDecimal(), 0, RoundingMode.HALF_UP)
                        .intValue())))
                .toList());
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    /** The longest bar, in the SVG's units (its view box is this wide). */
    public int width() {
        return WIDTH;
    }
}
