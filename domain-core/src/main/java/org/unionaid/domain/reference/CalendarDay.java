package org.unionaid.domain.reference;

import java.time.LocalDate;

/** One day the official calendar treats differently from an ordinary week, with its name (春节, 国庆节调休…). */
public record CalendarDay(LocalDate day, DayKind kind, String name) {
}
