package org.unionaid.domain.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.shared.DomainException;

/** A notice's period, rule by rule (docs/rules.md R-NOTICE-01…04, R-CAL-01). */
class NoticeRulesTest {

    private static final LocalDate POSTED = LocalDate.of(2026, 12, 3);

    private static NoticeRules.Period period(LocalDate startsOn, int days, Set<Integer> unconfirmed) {
        return new NoticeRules.Period(POSTED, startsOn, days, 5, startsOn.plusDays(days + 2), unconfirmed);
    }

    private static DomainException refusal(NoticeRules.Period period) {
        try {
            NoticeRules.require(period);
        } catch (DomainException refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    // R-NOTICE-01
    // R-NOTICE-02
    // R-NOTICE-03, R-NOTICE-04
    // R-CAL-01
    @Test
    void aPeriodFromThePostingDayForFiveWorkingDaysOnAConfirmedCalendarPasses() {
        NoticeRules.require(period(POSTED, 5, Set.of()));
        NoticeRules.require(period(POSTED.plusDays(30), 30, Set.of()));
    }

    @Test
    void aNoticeCannotStartBeforeItIsPosted() {
        DomainException refused = refusal(period(POSTED.minusDays(1), 5, Set.of()));
        assertThat(refused.messageKey()).isEqualTo("notice.start.beforePosting");
        assertThat(refused.field()).isEqualTo("startsOn");
        assertThat(refused.arguments()).containsExactly(POSTED);
    }

    @Test
    void norMoreThanThirtyDaysAfter() {
        assertThat(refusal(period(POSTED.plusDays(31), 5, Set.of())).messageKey()).isEqualTo("notice.start.tooLate");
    }

    @Test
    void itRunsAtLeastTheMinimumAndAtMostThirtyWorkingDays() {
        DomainException shortOne = refusal(period(POSTED, 4, Set.of()));
        assertThat(shortOne.messageKey()).isEqualTo("notice.workingDays.minimum");
        assertThat(shortOne.field()).isEqualTo("workingDays");
        assertThat(refusal(period(POSTED, 31, Set.of())).messageKey()).isEqualTo("notice.workingDays.maximum");
    }

    @Test
    void aPeriodTouchingAnUnconfirmedYearIsRefusedNamingTheEarliestSuchYear() {
        DomainException refused = refusal(period(POSTED, 5, Set.of(2028, 2027)));
        assertThat(refused.messageKey()).isEqualTo("notice.calendar.unconfirmed");
        assertThat(refused.arguments()).containsExactly("2027");
    }

    @Test
    void theShapeIsCheckedBeforeTheCalendarIsRead() {
        assertThatThrownBy(() -> NoticeRules.requireShape(new NoticeRules.Period(POSTED, POSTED, 400, 5, null,
                Set.of()))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("notice.workingDays.maximum"));
    }
}
