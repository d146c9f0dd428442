package org.unionaid.reporting.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.security.Actor;
import org.unionaid.reporting.table.TableDefinition;
import org.unionaid.reporting.table.TableDefinitions;

/**
 * A union's inbox of its direct children's submissions, at every level: for each open period (and any older one in
 * which a child's table still waits), each form with every child and where its table stands — to open, accept or
 * return what was submitted, and to remind (催报) those that have not submitted (R-STAT-04).
 */
@Service
@Transactional(readOnly = true)
public class ReportInbox {

    private final StatisticsReporting reports;
    private final ReportingPeriodAdministration periods;
    private final ReportStore store;
    private final TableDefinitions definitions;

    public ReportInbox(StatisticsReporting reports, ReportingPeriodAdministration periods, ReportStore store,
            TableDefinitions definitions) {
        this.reports = reports;
        this.periods = periods;
        this.store = store;
        this.definitions = definitions;
    }

    /** One form of one period: its children, and how many of their tables wait for a decision. */
    public record Entry(ReportingPeriod period, String form, String title, List<ChildReport> children) {

        public long waiting() {
            return children.stream().filter(c -> c.status() == BoardStatus.SUBMITTED).count();
        }
    }

    public List<Entry> of(Actor actor) {
        Set<Long> waiting = store.periodsAwaiting(actor.organisationId());
        List<Entry> entries = new ArrayList<>();
        for (ReportingPeriod period : periods.visible(actor)) {
            if (!period.open(periods.today()) && !waiting.contains(period.id())) {
                continue;
            }
            for (var form : period.layouts().entrySet()) {
                List<ChildReport> children = reports.board(actor, period.id(), form.getKey(), actor.organisationId());
                if (!children.isEmpty()) {
                    entries.add(new Entry(period, form.getKey(), definitions.find(form.getValue())
                            .map(TableDefinition::title).orElse(form.getKey()), children));
                }
            }
        }
        return entries;
    }
}
