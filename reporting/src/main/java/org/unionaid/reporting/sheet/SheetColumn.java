package org.unionaid.reporting.sheet;

import java.util.List;

/**
 * A column a sheet is read for: the key the caller asks cells by, the header texts accepted for it
 * (the first is its name in messages and templates), and whether a sheet without it is refused.
 */
public record SheetColumn(String key, List<String> headers, boolean required) {

    public SheetColumn {
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("a column needs a header: " + key);
        }
        headers = List.copyOf(headers);
    }

    public String name() {
        return headers.get(0);
    }
}
