package org.unionaid.domain.hardship;

import java.time.LocalDate;

/**
 * The yearly re-verification of an approved file (动态管理, R-PAY-12), in one place for the entity and for
 * {@link PayableHousehold}, the facts a batch's lines are judged on.
 */
final class Reverification {

    private Reverification() {
    }

    /** Due: approved and last verified a year or more before {@code today}. */
    static boolean isDue(FileStatus status, LocalDate lastVerifiedOn, LocalDate today) {
        return status == FileStatus.APPROVED && lastVerifiedOn != null && !lastVerifiedOn.plusYears(1).isAfter(today);
    }
}
