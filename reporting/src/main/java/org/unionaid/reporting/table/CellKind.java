package org.unionaid.reporting.table;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a column counts: whole households, persons or visits, or money to the fen. */
public enum CellKind {
    COUNT(0),
    AMOUNT(2);

    private final int scale;

    CellKind(int scale) {
        this.scale = scale;
    }

    /** The value at this kind's scale, zero for none: the form every snapshot and hash uses. */
    public BigDecimal normalise(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(scale, RoundingMode.HALF_UP);
    }
}
