package org.unionaid.reporting.statistics;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.unionaid.domain.organisation.OrganisationType;

/**
 * A reporting period (报表期, e.g. 2027年元旦春节送温暖) as the top union defined it (R-STAT-01): its days, its tables —
 * each form in the layout fixed when it was defined (R-STAT-08) — and the day each level's table is due at its
 * parent; the defining union's own combined table is due on {@code finalDeadline}, as is any level without a
 * deadline of its own.
 */
public record ReportingPeriod(long id, long organisationId, String organisationName, String name, int year,
        LocalDate startsOn, LocalDate endsOn, LocalDate finalDeadline, Map<String, String> layouts,
        Map<OrganisationType, LocalDate> deadlines) {

    public ReportingPeriod {
        layouts = Collections.unmodifiableMap(new LinkedHashMap<>(layouts));
        deadlines = deadlines.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(deadlines));
    }

    /** The day a union of this type sends its table to its parent. */
    public LocalDate deadlineFor(OrganisationType level) {
        return deadlines.getOrDefault(level, finalDeadline);
    }

    /** Whether the union's table is late on {@code today}: past its level's deadline (the day itself is on time). */
    public boolean pastDeadline(OrganisationType level, LocalDate today) {
        return today.isAfter(deadlineFor(level));
    }

    /** Open for reporting: the top union's own deadline has not passed. */
    public boolean open(LocalDate today) {
        return !today.isAfter(finalDeadline);
    }

    /** The layout code of a form of the period, if the period has the form. */
    public String layoutOf(String form) {
        return layouts.get(form);
    }

    /** A period as read, before its layouts and deadlines. */
    record Builder(long id, long organisationId, String organisationName, String name, int year, LocalDate startsOn,
            LocalDate endsOn, LocalDate finalDeadline) {

        ReportingPeriod build(Map<String, String> layouts, Map<OrganisationType, LocalDate> deadlines) {
            return new ReportingPeriod(id, organisationId, organisationName, name, year, startsOn, endsOn, finalDeadline,
                    layouts, deadlines);
        }
    }
}
