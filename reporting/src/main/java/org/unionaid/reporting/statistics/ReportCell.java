package org.unionaid.reporting.statistics;

import java.math.BigDecimal;

/**
 * One cell of a union's table: the total, the union's own figure (computed from its records, or
 * entered by hand) and the sum of its accepted children's totals; the note of a manual entry.
 */
public record ReportCell(String key, BigDecimal total, BigDecimal own, BigDecimal children, boolean manual,
        String note) {

    /** Total = own + accepted children, checked rather than assumed. */
    public boolean consistent() {
        return total.compareTo(own.add(children)) == 0;
    }
}
