package org.unionaid.web.support;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.reporting.ReportingRules;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.reporting.statistics.PeriodDraft;
import org.unionaid.reporting.statistics.ReportingPeriod;
import org.unionaid.reporting.statistics.ReportingPeriodAdministration;
import org.unionaid.reporting.table.TableDefinitions;

/**
 * Reporting periods the province's admin defines for a test, over days no other test starts a campaign on (so that
 * a period's figures are the test's own), and people at any demo union with the roles a step needs.
 */
@Component
public class ReportingFixture {

    private final ReportingPeriodAdministration periods;
    private final Organisations organisations;
    private final DemoUsers demo;

    ReportingFixture(ReportingPeriodAdministration periods, Organisations organisations, DemoUsers demo) {
        this.periods = periods;
        this.organisations = organisations;
        this.demo = demo;
    }

    /**
     * A period of the province from {@code from} to {@code to} for the festival of {@code year}, both tables, due at
     * the province on {@code finalDeadline}, each level's deadline {@code days} apart below it (base unions first).
     */
    public ReportingPeriod period(int year, LocalDate from, LocalDate to, LocalDate finalDeadline, int days) {
        Map<OrganisationType, LocalDate> deadlines = new EnumMap<>(OrganisationType.class);
        List<OrganisationType> levels = ReportingRules.LEVELS;
        for (int i = 0; i < levels.size(); i++) {
            deadlines.put(levels.get(i), finalDeadline.minusDays((long) days * (levels.size() - 1 - i)));
        }
        return periods.define(demo.actor("admin"), new PeriodDraft("报表期" + UUID.randomUUID(), year, from, to,
                finalDeadline, List.of(TableDefinitions.WARMTH, TableDefinitions.CENTRE), deadlines));
    }

    /** Someone at a demo union with the given roles (the user row only answers "who", for the records). */
    public Actor at(String code, String login, Role... roles) {
        long id = demo.organisationId(code);
        return new Actor(demo.userId(login), login, id, organisations.findById(id).orElseThrow().path(),
                Set.of(roles), "127.0.0.1");
    }

    public long union(String code) {
        return demo.organisationId(code);
    }
}
