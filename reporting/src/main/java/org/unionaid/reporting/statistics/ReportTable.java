package org.unionaid.reporting.statistics;

import java.util.List;
import java.util.Map;

import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.reporting.table.TableDefinition;

/**
 * A union's table for a campaign as shown: live figures while open (draft or returned), else the latest
 * submitted snapshot; every version; the cells failing the consistency check (total = own + Σ accepted
 * children), none when all is well; and the reminders the parent sent.
 */
public record ReportTable(Campaign campaign, TableDefinition definition, Organisation union, ReportStatus status,
        boolean late, Map<String, ReportCell> cells, boolean live, List<ReportVersion> versions,
        List<String> inconsistentCells, List<Reminder> reminders) {

    public ReportCell cell(String key) {
        return cells.get(key);
    }

    public boolean consistent() {
        return inconsistentCells.isEmpty();
    }

    /** The cells failing the check as a reader names them (section · row · column). */
    public List<String> inconsistentLabels() {
        return inconsistentCells.stream().map(definition::label).toList();
    }
}
