package org.unionaid.domain.reference;

import java.time.LocalDate;
import java.util.List;

/** The days an admin has marked as holidays or worked weekends. Implemented in persistence. */
public interface WorkingCalendar {

    /** Marked days from {@code from} to {@code to}, both included, in date order. */
    List<CalendarDay> between(LocalDate from, LocalDate to);

    /** Marks a day (replacing an earlier mark of the same day). */
    void mark(CalendarDay day);

    void unmark(LocalDate day);
}
