package org.unionaid.reporting.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.unionaid.domain.security.Actor;
import org.unionaid.reporting.table.CellKind;
import org.unionaid.reporting.table.Measures;
import org.unionaid.reporting.table.ReportingSpan;
import org.unionaid.reporting.table.SubtreeRollUp;
import org.unionaid.reporting.table.SubtreeTables;
import org.unionaid.reporting.table.TableDefinition;

/**
 * A union's table as reported beside the same table summed from the records of its whole subtree
 * ({@link SubtreeRollUp}): what the figures would be if every union below had submitted its table as it
 * stands and every parent had accepted it. A difference points at a child that has not reported or was
 * returned, a snapshot that later records (a late receipt, a bank return) have overtaken, or a manual
 * figure changed since — the higher-level union's and the auditor's check of the reported tables.
 */
@Service
public class RecordCheck {

    private final StatisticsReporting reports;
    private final ReportingPeriodAdministration periods;
    private final SubtreeRollUp rollUp;
    private final Measures measures;

    public RecordCheck(StatisticsReporting reports, ReportingPeriodAdministration periods, SubtreeRollUp rollUp, Measures measures) {
        this.reports = reports;
        this.periods = periods;
        this.rollUp = rollUp;
        this.measures = measures;
    }

    /** One cell: as reported (live while open, else the latest snapshot) and as the records give it. */
    public record Cell(String key, String label, CellKind kind, BigDecimal reported, BigDecimal fromRecords) {

        public BigDecimal difference() {
            return reported.subtract(fromRecords);
        }

        public boolean differs() {
            return reported.compareTo(fromRecords) != 0;
        }
    }

    /**
     * The table as shown and its cells compared, in the form's reading order; and who in the subtree was helped by
     * more than one union (amounts add up, each union counts the household once).
     */
    public record Comparison(ReportTable table, List<Cell> cells, Measures.HelpedTwice helpedTwice) {

        public long differing() {
            return cells.stream().filter(Cell::differs).count();
        }
    }

    /**
     * Not transactional on purpose: the table is read in the reports service's transaction (which checks
     * that the actor reaches the union), then the roll-up reads the subtree in a snapshot of its own on two
     * connections — for a province, a couple of seconds (docs/benchmarks.md).
     */
    public Comparison compare(Actor actor, long periodId, String form, long unionId) {
        ReportTable table = reports.view(actor, periodId, form, unionId);
        TableDefinition definition = table.definition();
        ReportingSpan span = periods.span(table.period());
        SubtreeTables records = rollUp.rollUp(unionId, span, SubtreeRollUp.ManualCells.ofPeriod(periodId),
                List.of(definition));
        List<Cell> cells = new ArrayList<>();
        definition.cells().forEach((key, cell) -> {
            // a snapshot of an older layout may lack a cell the form has now: reported as nothing
            ReportCell reported = table.cell(key);
            cells.add(new Cell(key, definition.label(key), cell.kind(),
                    reported == null ? cell.kind().normalise(BigDecimal.ZERO) : reported.total(),
                    records.total(unionId, definition.code(), key)));
        });
        return new Comparison(table, cells, measures.helpedByMoreThanOneUnion(table.union().path(), span));
    }
}
