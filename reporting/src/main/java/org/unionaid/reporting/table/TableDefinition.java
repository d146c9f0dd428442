package org.unionaid.reporting.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One statistics table (统计表) as a form: its code, the form it is a layout of ({@code form}, e.g. the 送温暖 table,
 * whatever the year), the year from which it is in force, its title and sections. A new year's layout is a new
 * definition, not new code (R-STAT-08): periods of that year use it, and a version submitted under an older one
 * keeps that one. Every cell has a key {@code section.row.column}, unique in the table.
 */
public record TableDefinition(String code, String form, int year, String title, List<Section> sections) {

    public TableDefinition {
        if (!code.startsWith(form + "-")) {
            throw new IllegalArgumentException("layout " + code + " of form " + form + " must be named after it");
        }
        sections = List.copyOf(sections);
        Set<String> keys = new HashSet<>();
        for (Section section : sections) {
            for (Row row : section.rows()) {
                if (!keys.add(section.key() + "." + row.key())) {
                    throw new IllegalArgumentException("row " + section.key() + "." + row.key() + " twice in " + code);
                }
            }
        }
    }

    /** Every cell of the form by key, in reading order. */
    public Map<String, Cell> cells() {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Section section : sections) {
            for (Row row : section.rows()) {
                row.cells().forEach((column, source) -> {
                    String key = key(section, row, column);
                    cells.put(key, new Cell(key, section.column(column).kind(), source));
                });
            }
        }
        return Collections.unmodifiableMap(cells);
    }

    public List<String> manualKeys() {
        List<String> keys = new ArrayList<>();
        cells().values().forEach(c -> {
            if (c.manual()) {
                keys.add(c.key());
            }
        });
        return keys;
    }

    /**
     * A cell as a reader names it — section · row · merged header · column (unit), e.g. 二、慰问困难职工 · 合计 ·
     * 发放现金 · 户数（户）; the key itself if the form has no such cell.
     */
    public String label(String cellKey) {
        for (Section section : sections) {
            for (Row row : section.rows()) {
                for (String column : row.cells().keySet()) {
                    if (key(section, row, column).equals(cellKey)) {
                        Column named = section.column(column);
                        return section.title() + " · " + row.label() + " · "
                                + (named.group() == null ? "" : named.group() + " · ") + named.label()
                                + "（" + named.unit() + "）";
                    }
                }
            }
        }
        return cellKey;
    }

    public static String key(Section section, Row row, String column) {
        return section.key() + "." + row.key() + "." + column;
    }

    /** One cell of the form: its key, what it counts and where its figure comes from. */
    public record Cell(String key, CellKind kind, CellSource source) {

        public boolean manual() {
            return source instanceof CellSource.Manual;
        }
    }
}
