package org.unionaid.domain.reference;

import java.time.Instant;

/**
 * A year whose official calendar has been confirmed complete — every 法定节假日 and every 调休 working
 * weekend marked — by an admin of the top union ({@code confirmedBy}), or shipped as reference data from
 * the State Council's notice ({@code confirmedBy} null, {@code source} naming the notice).
 */
public record CalendarYear(int year, String source, Long confirmedBy, Instant confirmedAt) {
}
