package org.unionaid.reporting.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.unionaid.domain.organisation.OrganisationType;

/**
 * A reporting period as typed by the top union: name, year (the festival's: 2027 for the 2027 元旦春节), days, the
 * forms it asks for, the top union's own deadline and a deadline per level (blank = none typed).
 */
public record PeriodDraft(String name, Integer year, LocalDate startsOn, LocalDate endsOn, LocalDate finalDeadline,
        List<String> forms, Map<OrganisationType, LocalDate> deadlines) {
}
