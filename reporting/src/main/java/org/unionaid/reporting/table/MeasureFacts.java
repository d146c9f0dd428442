package org.unionaid.reporting.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures of the named measures for one union and campaign, as grouped SQL returned them: one
 * fact per measure and combination of arguments, {@code *} for a rolled-up total. A fact that is
 * absent is zero (nothing recorded).
 */
public record MeasureFacts(Map<String, BigDecimal> facts) {

    public MeasureFacts {
        facts = Map.copyOf(facts);
    }

    public static String key(String measure, List<String> arguments) {
        return measure + "|" + String.join("|", arguments);
    }

    /** The value of a measure cell; an argument {@code A,B} adds the facts of A and of B. */
    public BigDecimal value(CellSource.Measure measure) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String key : keys(measure)) {
            sum = sum.add(facts.getOrDefault(key, BigDecimal.ZERO));
        }
        return sum;
    }

    /** The keys of the facts a measure cell adds up, one per combination of its listed arguments. */
    static List<String> keys(CellSource.Measure measure) {
        return expand(measure.arguments(), 0).stream().map(arguments -> key(measure.name(), arguments)).toList();
    }

    private static List<List<String>> expand(List<String> arguments, int from) {
        List<List<String>> result = new ArrayList<>();
        if (from == arguments.size()) {
            result.add(List.of());
            return result;
        }
        for (String value : arguments.get(from).split(",")) {
            for (List<String> rest : expand(arguments, from + 1)) {
                List<String> combined = new ArrayList<>();
                combined.add(value);
                combined.addAll(rest);
                result.add(combined);
            }
        }
        return result;
    }
}
