package org.unionaid.domain.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The days an admin has marked as holidays or worked weekends. Implemented in persistence. */
public interface WorkingCalendar {

    /** Marked days from {@code from} to {@code to}, both included, in date order. */
    List<CalendarDay> between(LocalDate from, LocalDate to);

    /** Marks a day (replacing an earlier mark of the same day). */
    void mark(CalendarDay day);

    void unmark(LocalDate day);

    /** The confirmed years, newest first. */
    List<CalendarYear> confirmedYears();

    Optional<CalendarYear> confirmedYear(int year);

    /** Records {@code year} as confirmed complete; false when it already was. */
    boolean confirm(CalendarYear year);
}
