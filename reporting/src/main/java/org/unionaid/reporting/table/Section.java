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

    /**
     * The columns in runs under one merged header, in order: consecutive columns of the same group
     * form one span; a column without a group is a span of its own with no group.
     */
    public List<Span> spans() {
        List<Span> spans = new java.util.ArrayList<>();
        int from = 0;
        while (from < columns.size()) {
            String group = columns.get(from).group();
            int to = from + 1;
            while (group != null && to < columns.size() && group.equals(columns.get(to).group())) {
                to++;
            }
            spans.add(new Span(group, columns.subList(from, to)));
            from = to;
        }
        return spans;
    }

    /** Columns sharing one merged header ({@code group}), or a single column without one. */
    public record Span(String group, List<Column> columns) {
    }

    /** Whether any column has a merged header above it, so the header takes two rows. */
    public boolean hasGroups() {
        return columns.stream().anyMatch(c -> c.group() != null);
    }
}
