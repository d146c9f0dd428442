package org.unionaid.domain.assistance;

import java.time.LocalDate;

/**
 * A delegation (慰问团) a union sends out on visits: its leader, the people who go with the leader, and the days
 * it is out. Seed 002: 组成5个领导大下访和送温暖慰问团; cash and goods reach a household only on such a
 * delegation's home visit (R-HAND-01).
 */
public record Delegation(long id, long organisationId, String unionName, String leader, String members,
        LocalDate startsOn, LocalDate endsOn, long createdBy) {

    /** The longest round a delegation records, in days: a longer one would cover any visit at all. */
    public static final int MAX_DAYS = 31;

    /** Whether the delegation is out on this day. */
    public boolean isOutOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** The people of the delegation as a visit lists its visitors: the leader first. */
    public String people() {
        return members == null ? leader : leader + "、" + members;
    }
}
