package org.unionaid.domain.assistance;

import java.time.LocalDate;

/** What a union's user types to record a delegation; {@code endsOn} empty means one day. */
public record NewDelegation(String leader, String members, LocalDate startsOn, LocalDate endsOn) {
}
