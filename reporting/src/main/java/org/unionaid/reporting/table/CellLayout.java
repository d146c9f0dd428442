package org.unionaid.reporting.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of one or more table definitions laid end to end, so that a union's figures fit in one
 * array, with the inverse of the definitions' measures: for each fact key, the cells that add it. A
 * fact row from PostgreSQL then costs one map lookup instead of evaluating every cell per union.
 */
final class CellLayout {

    private final List<TableDefinition> definitions;
    private final Map<String, Integer> offsets = new HashMap<>();
    private final List<TableDefinition.Cell> cells = new ArrayList<>();
    private final Map<String, int[]> cellsByFact = new HashMap<>();

    CellLayout(List<TableDefinition> definitions) {
        this.definitions = List.copyOf(definitions);
        Map<String, List<Integer>> byFact = new HashMap<>();
        for (TableDefinition definition : definitions) {
            if (offsets.putIfAbsent(definition.code(), cells.size()) != null) {
                throw new IllegalArgumentException("table " + definition.code() + " twice");
            }
            for (TableDefinition.Cell cell : definition.cells().values()) {
                int index = cells.size();
                cells.add(cell);
                if (cell.source() instanceof CellSource.Measure measure) {
                    // A fact listed twice in one cell (A,A) would count twice, as MeasureFacts.value does.
                    MeasureFacts.keys(measure).forEach(key -> byFact.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(index));
                }
            }
        }
        byFact.forEach((key, indexes) -> cellsByFact.put(key, indexes.stream().mapToInt(Integer::intValue).toArray()));
    }

    List<TableDefinition> definitions() {
        return definitions;
    }

    /** The measures of every computed cell: what the facts must give. */
    List<CellSource.Measure> measures() {
        return cells.stream().map(TableDefinition.Cell::source).filter(CellSource.Measure.class::isInstance)
                .map(CellSource.Measure.class::cast).toList();
    }

    int size() {
        return cells.size();
    }

    TableDefinition.Cell cell(int index) {
        return cells.get(index);
    }

    /** The cells adding the fact, none for a fact no cell asks for (e.g. a cube total no form prints). */
    int[] cellsOf(String factKey) {
        return cellsByFact.get(factKey);
    }

    int offset(String definitionCode) {
        Integer offset = offsets.get(definitionCode);
        if (offset == null) {
            throw new IllegalArgumentException("table " + definitionCode + " not rolled up");
        }
        return offset;
    }

    /** The index of a cell of a definition, or -1 when the definition has no such cell. */
    int index(String definitionCode, String cellKey) {
        int offset = offset(definitionCode);
        TableDefinition definition = definitions.stream().filter(d -> d.code().equals(definitionCode)).findFirst()
                .orElseThrow();
        int i = 0;
        for (String key : definition.cells().keySet()) {
            if (key.equals(cellKey)) {
                return offset + i;
            }
            i++;
        }
        return -1;
    }
}
