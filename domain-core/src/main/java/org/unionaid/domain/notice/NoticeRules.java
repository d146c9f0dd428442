package org.unionaid.domain.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.unionaid.domain.shared.Refusal;
import org.unionaid.domain.shared.Rule;

/**
 * The rules a public notice's period must pass before it is posted (DOMAIN §4; docs/domain.md §4): it
 * runs from the day it is posted or later, for at least the minimum number of working days counted on a
 * confirmed official calendar. Each rule names the form field its refusal belongs next to.
 */
public final class NoticeRules {

    /** A notice is posted for the coming weeks, not months ahead: at most this many days after posting. */
    public static final int LATEST_START_DAYS = 30;

    /** No union notices for longer than this; a larger figure is a typing mistake. */
    public static final int MAXIMUM_WORKING_DAYS = 30;

    /**
     * A period proposed on {@code postedOn}: {@code endsOn} its last working day as the calendar counts,
     * {@code unconfirmedYears} the years it touches whose calendar is not confirmed complete.
     */
    public record Period(LocalDate postedOn, LocalDate startsOn, int workingDays, int minimumWorkingDays,
            LocalDate endsOn, Set<Integer> unconfirmedYears) {

        public Period {
            unconfirmedYears = Set.copyOf(unconfirmedYears);
        }
    }

    /** A rule and the field its refusal belongs to. */
    public record FieldRule(String field, Rule<Period> rule) {
    }

    /** In the order of the form: when it starts, how long it runs, the calendar it is counted on. */
    public static final List<FieldRule> ALL = List.of(new FieldRule("startsOn", new StartsWhenPosted()),
            new FieldRule("startsOn", new StartsWithinAMonth()), new FieldRule("workingDays", new LongEnough()),
            new FieldRule("workingDays", new NotAbsurdlyLong()), new FieldRule("startsOn", new CalendarConfirmed()));

    private NoticeRules() {
    }

    /** Throws the first refusal, on its field. */
    public static void require(Period period) {
        for (FieldRule check : ALL) {
            Optional<Refusal> refusal = check.rule().check(period);
            if (refusal.isPresent()) {
                throw refusal.get().onField(check.field());
            }
        }
    }

    /** Checks what can be checked before the calendar is read: the dates and the day count. */
    static void requireShape(Period period) {
        for (FieldRule check : ALL.subList(0, 4)) {
            check.rule().check(period).ifPresent(refusal -> {
                throw refusal.onField(check.field());
            });
        }
    }

    /**
     * R-NOTICE-01 — a notice starts no earlier than the day it is posted: a period dated back would let
     * files pass a notice nobody could have read (seed 000: 事先公示; seed 004: 张榜公布，接受群众监督).
     */
    static final class StartsWhenPosted implements Rule<Period> {
        @Override
        public Optional<Refusal> check(Period period) {
            return period.startsOn().isBefore(period.postedOn())
                    ? Refusal.refuse("notice.start.beforePosting", period.postedOn()) : Optional.empty();
        }
    }

    /** R-NOTICE-02 — and no later than {@value #LATEST_START_DAYS} days after it is posted. */
    static final class StartsWithinAMonth implements Rule<Period> {
        @Override
        public Optional<Refusal> check(Period period) {
            LocalDate latest = period.postedOn().plusDays(LATEST_START_DAYS);
            return period.startsOn().isAfter(latest) ? Refusal.refuse("notice.start.tooLate", latest) : Optional.empty();
        }
    }

    /**
     * R-NOTICE-03 — at least the configured minimum of working days ({@code unionaid.notice.minimum-working-days},
     * 5 in published practice).
     */
    static final class LongEnough implements Rule<Period> {
        @Override
        public Optional<Refusal> check(Period period) {
            return period.workingDays() < period.minimumWorkingDays()
                    ? Refusal.refuse("notice.workingDays.minimum", period.minimumWorkingDays()) : Optional.empty();
        }
    }

    /** R-NOTICE-04 — at most {@value #MAXIMUM_WORKING_DAYS} working days: more is a typing mistake. */
    static final class NotAbsurdlyLong implements Rule<Period> {
        @Override
        public Optional<Refusal> check(Period period) {
            return period.workingDays() > MAXIMUM_WORKING_DAYS
                    ? Refusal.refuse("notice.workingDays.maximum", MAXIMUM_WORKING_DAYS) : Optional.empty();
        }
    }

    /**
     * R-CAL-01 — working days are counted on a complete calendar only: a period touching a year whose
     * holidays and 调休 weekends the top union has not confirmed would end on a guessed day.
     */
    static final class CalendarConfirmed implements Rule<Period> {
        @Override
        public Optional<Refusal> check(Period period) {
            SortedSet<Integer> missing = new TreeSet<>(period.unconfirmedYears());
            return missing.isEmpty() ? Optional.empty()
                    : Refusal.refuse("notice.calendar.unconfirmed", String.valueOf(missing.first()));
        }
    }
}
