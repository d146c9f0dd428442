package org.unionaid.web.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The application's clock where the past is built through the ordinary use cases — demo data and tests
 * only (see {@link TimeConfiguration}): the system clock moved by an offset. Demo data post a notice "two
 * months ago" by moving the clock to that day and posting it as a clerk would, so that every gate
 * applies; nothing is ever dated back behind a gate's back. It keeps ticking while moved.
 */
public final class MovableClock extends Clock {

    /** When moved to a day, the clock shows this time of that day: office hours. */
    private static final LocalTime WORKING_HOURS = LocalTime.of(9, 0);

    private final Clock base;
    private volatile Duration offset;

    public MovableClock(Clock base, Instant startsAt) {
        this.base = base;
        this.offset = startsAt == null ? Duration.ZERO : Duration.between(base.instant(), startsAt);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    /** Moves to {@code day} at 09:00; closing the returned handle moves back to where the clock was. */
    public Moved moveTo(LocalDate day) {
        return moveTo(day.atTime(WORKING_HOURS).atZone(getZone()).toInstant());
    }

    public Moved moveTo(Instant instant) {
        Duration previous = offset;
        offset = Duration.between(base.instant(), instant);
        return () -> offset = previous;
    }

    /** A move of the clock, undone by {@link #close()}. */
    @FunctionalInterface
    public interface Moved extends AutoCloseable {
        @Override
        void close();
    }
}
