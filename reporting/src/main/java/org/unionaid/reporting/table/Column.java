package org.unionaid.reporting.table;

/**
 * A column of a section: its key, its header text as printed on the official form, the unit shown
 * under it (户, 人次, 元), what it counts, and the merged header above it ({@code null} for none).
 * Consecutive columns with the same group share one merged header cell.
 */
public record Column(String key, String label, String unit, CellKind kind, String group) {

    public static Column of(String key, String label, String unit, CellKind kind) {
        return new Column(key, label, unit, kind, null);
    }

    public static Column grouped(String group, String key, String label, String unit, CellKind kind) {
        return new Column(key, label, unit, kind, group);
    }
}
