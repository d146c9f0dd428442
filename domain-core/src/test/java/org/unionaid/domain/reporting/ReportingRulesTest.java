package org.unionaid.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.shared.Refusal;

/**
 * The rules of reporting up the tree, one test per rule. Specifies R-STAT-01 (the top union defines a period with a
 * deadline per level, lower levels first), R-STAT-03 (a table goes up with its written summary), R-STAT-04 (催报
 * only to a child that has not submitted) and R-STAT-09 (the direct parent decides and reminds).
 */
class ReportingRulesTest {

    private static final LocalDate STARTS = LocalDate.of(2026, 12, 1);
    private static final LocalDate FINAL = LocalDate.of(2027, 2, 20);
    private static final Set<OrganisationType> PROVINCE_BELOW = EnumSet.of(OrganisationType.CITY,
            OrganisationType.COUNTY, OrganisationType.BASE);

    private static Map<OrganisationType, LocalDate> deadlines(String base, String county, String city) {
        Map<OrganisationType, LocalDate> deadlines = new EnumMap<>(OrganisationType.class);
        deadlines.put(OrganisationType.BASE, base == null ? null : LocalDate.parse(base));
        deadlines.put(OrganisationType.COUNTY, county == null ? null : LocalDate.parse(county));
        deadlines.put(OrganisationType.CITY, city == null ? null : LocalDate.parse(city));
        return deadlines;
    }

    private static Optional<Refusal> period(boolean top, Map<OrganisationType, LocalDate> deadlines) {
        return ReportingRules.PERIOD.firstRefusal(new ReportingRules.PeriodCase(top, STARTS, FINAL, PROVINCE_BELOW,
                deadlines));
    }

    // R-STAT-01
    @Test
    void theTopUnionDefinesAPeriodWhoseDeadlinesRunUpTheTree() {
        assertThat(period(true, deadlines("2027-01-25", "2027-02-05", "2027-02-12"))).isEmpty();
        // two levels may share a day
        assertThat(period(true, deadlines("2027-02-05", "2027-02-05", "2027-02-12"))).isEmpty();
    }

    // R-STAT-01
    @Test
    void aUnionBelowTheTopDefinesNoPeriod() {
        assertThat(period(false, deadlines("2027-01-25", "2027-02-05", "2027-02-12"))).map(Refusal::messageKey)
                .contains("report.period.notTop");
    }

    // R-STAT-01
    @Test
    void everyLevelThatReportsHasItsDeadlineNamedOnItsField() {
        assertThat(period(true, deadlines("2027-01-25", null, "2027-02-12"))).hasValueSatisfying(refusal -> {
            assertThat(refusal.messageKey()).isEqualTo("report.period.deadlineMissing");
            assertThat(refusal.arguments()).containsExactly(OrganisationType.COUNTY);
        });
    }

    // R-STAT-01
    @Test
    void aDeadlineLiesInThePeriodAndALowerLevelIsNotLaterThanAHigherOne() {
        assertThat(period(true, deadlines("2026-11-30", "2027-02-05", "2027-02-12"))).map(Refusal::messageKey)
                .contains("report.period.deadlineOutside");
        assertThat(period(true, deadlines("2027-01-25", "2027-02-05", "2027-02-21"))).map(Refusal::messageKey)
                .contains("report.period.deadlineOutside");
        assertThat(period(true, deadlines("2027-02-06", "2027-02-05", "2027-02-12"))).hasValueSatisfying(refusal -> {
            assertThat(refusal.messageKey()).isEqualTo("report.period.deadlineOrder");
            assertThat(refusal.arguments()).containsExactly(OrganisationType.BASE);
        });
    }

    // R-STAT-03
    @Test
    void anOpenTableGoesUpOnlyWithItsWrittenSummary() {
        assertThat(ReportingRules.SUBMISSION.firstRefusal(new ReportingRules.SubmissionCase(true, true))).isEmpty();
        assertThat(ReportingRules.SUBMISSION.firstRefusal(new ReportingRules.SubmissionCase(true, false)))
                .map(Refusal::messageKey).contains("report.summary.required");
        assertThat(ReportingRules.SUBMISSION.firstRefusal(new ReportingRules.SubmissionCase(false, true)))
                .map(Refusal::messageKey).contains("report.notOpen");
    }

    // R-STAT-04
    @Test
    void aReminderGoesToAChildThatHasNotSubmitted() {
        assertThat(ReportingRules.REMINDER.firstRefusal(new ReportingRules.ReminderCase(false, false))).isEmpty();
        assertThat(ReportingRules.REMINDER.firstRefusal(new ReportingRules.ReminderCase(true, false)))
                .map(Refusal::messageKey).contains("report.remind.submitted");
        assertThat(ReportingRules.REMINDER.firstRefusal(new ReportingRules.ReminderCase(false, true)))
                .map(Refusal::messageKey).contains("report.remind.accepted");
    }

    // R-STAT-09
    @Test
    void theDirectParentDecidesAndRemindsAUnionFurtherUpOnlyReads() {
        assertThat(ReportingRules.PARENT.firstRefusal(new ReportingRules.ParentCase(true))).isEmpty();
        assertThat(ReportingRules.PARENT.firstRefusal(new ReportingRules.ParentCase(false)))
                .map(Refusal::messageKey).contains("report.notParent");
    }
}
