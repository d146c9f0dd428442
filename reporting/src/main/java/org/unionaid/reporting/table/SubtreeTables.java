package org.unionaid.reporting.table;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every union's tables of a subtree as {@link SubtreeRollUp} computed them: per union and cell its own
 * figure and its total (own + the totals of its direct children), at the cell kind's scale.
 */
public final class SubtreeTables {

    /** One cell of one union's table. */
    public record Figures(BigDecimal total, BigDecimal own) {

        public BigDecimal children() {
            return total.subtract(own);
        }
    }

    private final CellLayout layout;
    private final long[] unionIds;
    private final Map<Long, Integer> slots;
    private final BigDecimal[] own;
    private final BigDecimal[] totals;

    SubtreeTables(CellLayout layout, long[] unionIds, Map<Long, Integer> slots, BigDecimal[] own,
            BigDecimal[] totals) {
        this.layout = layout;
        this.unionIds = unionIds;
        this.slots = slots;
        this.own = own;
        this.totals = totals;
    }

    /** The unions of the subtree, in tree order (the root first). */
    public long[] unionIds() {
        return unionIds.clone();
    }

    public boolean contains(long unionId) {
        return slots.containsKey(unionId);
    }

    public BigDecimal total(long unionId, String definitionCode, String cellKey) {
        return totals[at(unionId, definitionCode, cellKey)];
    }

    public BigDecimal own(long unionId, String definitionCode, String cellKey) {
        return own[at(unionId, definitionCode, cellKey)];
    }

    /** A union's table: cell key → total and own, in the form's reading order. */
    public Map<String, Figures> table(long unionId, String definitionCode) {
        int base = slot(unionId) * layout.size() + layout.offset(definitionCode);
        TableDefinition definition = layout.definitions().stream().filter(d -> d.code().equals(definitionCode))
                .findFirst().orElseThrow();
        Map<String, Figures> table = new LinkedHashMap<>();
        int i = 0;
        for (String key : definition.cells().keySet()) {
            table.put(key, new Figures(totals[base + i], own[base + i]));
            i++;
        }
        return table;
    }

    /** A union's totals: cell key → total. */
    public Map<String, BigDecimal> totals(long unionId, String definitionCode) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        table(unionId, definitionCode).forEach((key, figures) -> result.put(key, figures.total()));
        return result;
    }

    private int at(long unionId, String definitionCode, String cellKey) {
        int index = layout.index(definitionCode, cellKey);
        if (index < 0) {
            throw new IllegalArgumentException("no cell " + cellKey + " in " + definitionCode);
        }
        return slot(unionId) * layout.size() + index;
    }

    private int slot(long unionId) {
        Integer slot = slots.get(unionId);
        if (slot == null) {
            throw new IllegalArgumentException("union " + unionId + " is not in the subtree of "
                    + Arrays.toString(Arrays.copyOf(unionIds, Math.min(1, unionIds.length))));
        }
        return slot;
    }
}
