package org.unionaid.reporting.table;

import java.util.List;

/** A block of the form with its own columns (and merged headers) and rows, e.g. 一、筹集资金. */
public record Section(String key, String title, List<Column> columns, List<Row> rows) {

    public Section {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            for (String column : row.cells().keySet()) {
                if (columns.stream().noneMatch(c -> c.key().equals(column))) {
                    throw new IllegalArgumentException(key + "." + row.key() + " names no column " + column);
                }
            }
        }
    }

    public Column column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + key + " in " + this.key));
    }

    /** Whether any column has a merged header above it, so the header takes two rows. */
    public boolean hasGroups() {
        return columns.stream().anyMatch(c -> c.group() != null);
    }
}
