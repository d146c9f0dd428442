package org.unionaid.reporting.statistics;

import java.time.Instant;

/** A reminder (催报) from the parent union: who, when, and what they wrote. */
public record Reminder(String sentBy, String sentFrom, Instant sentAt, String message) {
}
