package org.unionaid.domain.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Working-day arithmetic over an ordinary Monday-to-Friday week corrected by the official calendar:
 * marked holidays are not worked, marked weekends (调休) are. A public notice of "at least 5 working
 * days" is counted with it.
 */
public final class WorkingDays {

    private final Map<LocalDate, DayKind> marks = new HashMap<>();

    public WorkingDays(List<CalendarDay> marked) {
        marked.forEach(day -> marks.put(day.day(), day.kind()));
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind mark = marks.get(day);
        if (mark != null) {
            return mark == DayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a period of {@code count} working days starting on {@code start}: the
     * {@code count}-th working day on or after it.
     */
    public LocalDate lastOfPeriod(LocalDate start, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a period has at least one working day");
        }
        LocalDate day = start;
        int worked = isWorkingDay(day) ? 1 : 0;
        while (worked < count) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                worked++;
            }
        }
        return day;
    }

    /**
     * The calendar days a period of {@code count} working days may span at most: enough to look up
     * the marks once (the longest run of holidays is the Spring Festival's nine days).
     */
    public static int span(int count) {
        return count * 2 + 14;
    }
}
