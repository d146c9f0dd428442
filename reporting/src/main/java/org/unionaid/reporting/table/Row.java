package org.unionaid.reporting.table;

import java.util.LinkedHashMap;
import java.util.Map;

/** A row of a section: its key, its label, and how each of its cells is obtained (by column key). */
public record Row(String key, String label, Map<String, CellSource> cells) {

    public Row {
        cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    public static Builder of(String key, String label) {
        return new Builder(key, label);
    }

    /** Cells named column by column; a column left out is not part of the form (printed as /). */
    public static final class Builder {

        private final String key;
        private final String label;
        private final Map<String, CellSource> cells = new LinkedHashMap<>();

        private Builder(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public Builder cell(String column, CellSource source) {
            cells.put(column, source);
            return this;
        }

        public Row build() {
            return new Row(key, label, cells);
        }
    }
}
