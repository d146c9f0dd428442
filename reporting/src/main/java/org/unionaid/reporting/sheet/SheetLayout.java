package org.unionaid.reporting.sheet;

import java.util.List;
import java.util.Map;

/**
 * How a sheet turned out to be laid out: the header row (as Excel numbers it), the position of each
 * known column, the header texts nobody asked for, the header row's cells as written, and the
 * number of data rows read.
 */
public record SheetLayout(int headerRow, Map<String, Integer> columnIndexByKey, List<String> unknownHeaders,
        List<String> headerValues, int dataRows) {
}
