package org.unionaid.reporting.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.unionaid.domain.organisation.Organisation;
import org.unionaid.reporting.table.TableDefinition;

/**
 * A union's table for a reporting period as shown: live figures while open (draft or returned), else the latest
 * submitted snapshot, in the layout it was frozen in; every version; the cells failing the consistency check (total
 * = own + Σ accepted children), none when all is well; the reminders the parent sent; the written summary (the draft,
 * or the one the shown version was sent with); and the day the union's table is due.
 */
public record ReportTable(ReportingPeriod period, TableDefinition definition, Organisation union, ReportStatus status,
        boolean late, Map<String, ReportCell> cells, boolean live, List<ReportVersion> versions,
        List<String> inconsistentCells, List<Reminder> reminders, WrittenSummary summary, LocalDate deadline) {

    public ReportCell cell(String key) {
        return cells.get(key);
    }

    public boolean consistent() {
        return inconsistentCells.isEmpty();
    }

    /** The form (whatever its layout) the table is of. */
    public String form() {
        return definition.form();
    }

    /** The cells failing the check as a reader names them (section · row · column). */
    public List<String> inconsistentLabels() {
        return inconsistentCells.stream().map(definition::label).toList();
    }
}
