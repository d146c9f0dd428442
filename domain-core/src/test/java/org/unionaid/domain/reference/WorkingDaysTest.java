package org.unionaid.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    /** Spring Festival 2026 as the State Council arranged it: 15–23 February off, 14 and 28 February worked. */
    private static WorkingDays springFestival2026() {
        List<CalendarDay> marks = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 2, 15); !day.isAfter(LocalDate.of(2026, 2, 23)); day = day.plusDays(1)) {
            marks.add(new CalendarDay(day, DayKind.HOLIDAY, "春节"));
        }
        marks.add(new CalendarDay(LocalDate.of(2026, 2, 14), DayKind.WORKDAY, "春节调休上班"));
        marks.add(new CalendarDay(LocalDate.of(2026, 2, 28), DayKind.WORKDAY, "春节调休上班"));
        return new WorkingDays(marks);
    }

    @Test
    void anOrdinaryWeekHasFiveWorkingDays() {
        WorkingDays plain = new WorkingDays(List.of());

        assertThat(plain.lastOfPeriod(LocalDate.of(2026, 3, 2), 5)).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(plain.lastOfPeriod(LocalDate.of(2026, 3, 4), 5)).isEqualTo(LocalDate.of(2026, 3, 10));
        // A notice put up on a Saturday starts counting on Monday.
        assertThat(plain.lastOfPeriod(LocalDate.of(2026, 3, 7), 5)).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void theSpringFestivalIsSkippedAndItsWorkedWeekendsCount() {
        WorkingDays calendar = springFestival2026();

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        // Thu 12, Fri 13, Sat 14 (worked), then nothing until Tue 24, Wed 25.
        assertThat(calendar.lastOfPeriod(LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 25));
        // Thu 26, Fri 27, Sat 28 (worked), Mon 2 March, Tue 3 March.
        assertThat(calendar.lastOfPeriod(LocalDate.of(2026, 2, 26), 5)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(calendar.lastOfPeriod(LocalDate.of(2026, 2, 12), 5))
                .isBefore(LocalDate.of(2026, 2, 12).plusDays(WorkingDays.span(5)));
    }
}
