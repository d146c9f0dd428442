package org.unionaid.reporting.table;

import java.util.List;

/**
 * How a cell is obtained: from a named measure over the union's own records, or entered by hand
 * with a note when no record can give it.
 */
public sealed interface CellSource {

    /**
     * A named set-based measure with its arguments. {@code *} stands for all values; an argument
     * written {@code A,B} adds the figures of A and B (used only where the figures are additive).
     */
    record Measure(String name, List<String> arguments) implements CellSource {

        public Measure {
            arguments = List.copyOf(arguments);
        }
    }

    /** Entered by hand, with a note saying where the figure comes from; marked as such everywhere. */
    record Manual(String hint) implements CellSource {
    }

    static CellSource measure(String name, String... arguments) {
        return new Measure(name, List.of(arguments));
    }

    static CellSource manual(String hint) {
        return new Manual(hint);
    }
}
