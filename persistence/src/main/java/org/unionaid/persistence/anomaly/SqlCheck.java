package org.unionaid.persistence.anomaly;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.anomaly.AnomalyCheck;
import org.unionaid.domain.anomaly.AnomalyRule;
import org.unionaid.domain.anomaly.RunContext;
import org.unionaid.domain.anomaly.Threshold;
import org.unionaid.domain.tracking.IncomeTracking;

/**
 * R-AUDIT-01 — an anomaly rule as one SQL statement: a SELECT over the business tables of the subtree
 * {@code [:lower, :upper)} that returns each hit as {@code hit_key, union_id, amount, records, evidence}. It runs
 * nested inside the one INSERT that stores the run's hits, as a subquery in FROM, where PostgreSQL refuses any
 * data-modifying statement: a rule can read, never change, the records it judges. The statement gets the run's
 * day ({@code :asOf}) and every threshold by its camel-case name ({@code :cardChangeDays}…).
 */
abstract class SqlCheck implements AnomalyCheck {

    private final JdbcClient jdbc;
    private final AnomalyRule rule;
    private final String select;

    SqlCheck(JdbcClient jdbc, AnomalyRule rule, String select) {
        this.jdbc = jdbc;
        this.rule = rule;
        this.select = select;
    }

    @Override
    public AnomalyRule rule() {
        return rule;
    }

    /** The rule's statement alone. */
    String select() {
        return select;
    }

    @Override
    public int run(RunContext context) {
        return jdbc.sql("""
                insert into anomaly_hit (run_id, rule, hit_key, union_id, union_path, amount, records, evidence)
                select :run, :rule, q.hit_key, q.union_id, o.path, q.amount, q.records, q.evidence
                  from (%s) q
                  join organisation o on o.id = q.union_id
                on conflict do nothing
                """.formatted(select)).param("run", context.runId()).param("rule", rule.name())
                .params(parameters(context)).update();
    }

    /** Runs the statement alone and counts its rows as they arrive, storing nothing. */
    @Override
    public int count(RunContext context) {
        int[] rows = {0};
        jdbc.sql(select).params(parameters(context)).query(rs -> {
            rows[0]++;
        });
        return rows[0];
    }

    static Map<String, Object> parameters(RunContext context) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("lower", context.scope().lowerBound());
        parameters.put("upper", context.scope().upperBound());
        parameters.put("asOf", context.asOf());
        parameters.put("exitMonths", IncomeTracking.MONTHS_ABOVE_FOR_EXIT);
        for (Threshold threshold : Threshold.values()) {
            parameters.put(camel(threshold.name()), context.settings().get(threshold));
        }
        return parameters;
    }

    private static String camel(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toLowerCase().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
