package org.unionaid.reporting.sheet;

import java.util.List;
import java.util.Map;

/** One non-blank data row: its number as Excel shows it, and its cells by column key. */
public final class SheetRow {

    private final int rowNumber;
    private final Map<String, SheetCell> cells;
    private final List<String> rawValues;

    SheetRow(int rowNumber, Map<String, SheetCell> cells, List<String> rawValues) {
        this.rowNumber = rowNumber;
        this.cells = cells;
        this.rawValues = rawValues;
    }

    public int rowNumber() {
        return rowNumber;
    }

    /** The cell of the column, blank when the column is absent or the cell empty. */
    public SheetCell cell(String key) {
        return cells.getOrDefault(key, SheetCell.BLANK);
    }

    /** Every cell of the row as read, by position: for the copy of the upload with an error column. */
    public List<String> rawValues() {
        return rawValues;
    }
}
