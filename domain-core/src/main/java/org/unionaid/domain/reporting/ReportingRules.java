package org.unionaid.domain.reporting;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.shared.Refusal;
import org.unionaid.domain.shared.Rule;
import org.unionaid.domain.shared.RuleSet;

/**
 * The rules of reporting statistics up the tree (DOMAIN §8; docs/domain.md §8.1–8.3): who defines a reporting
 * period and its deadlines, what a submission needs, whom a parent may remind. Plain rules over plain cases, so
 * that the reporting module's use cases call them on every path and they are specified without a database.
 */
public final class ReportingRules {

    /** Defining a period: the top union, its admin or approver, a deadline per level that lies in the period. */
    public static final RuleSet<PeriodCase> PERIOD = RuleSet.of(new DefinedAtTheTop(), new DeadlineForEveryLevel(),
            new DeadlinesInThePeriod(), new DeadlinesRunUpTheTree());

    /** Submitting a table: open, with its written summary. */
    public static final RuleSet<SubmissionCase> SUBMISSION = RuleSet.of(new TableOpen(), new WrittenSummaryGiven());

    /** Reminding a child (催报): only while its table is not in the parent's hands. */
    public static final RuleSet<ReminderCase> REMINDER = RuleSet.of(new NotYetSubmitted());

    /** Accepting, returning or reminding about a child's table: its direct parent's business. */
    public static final RuleSet<ParentCase> PARENT = RuleSet.of(new ParentDecides());

    private ReportingRules() {
    }

    /**
     * A period as the top union would define it.
     *
     * @param definedAtTheTop the defining union has no parent: every union of the installation's tree takes part
     * @param reportingLevels the levels (union types) below the defining union, each of which reports to its parent
     * @param deadlines       the deadline typed for each level
     * @param finalDeadline   the day the defining union's own combined table is due (汇总上报)
     */
    public record PeriodCase(boolean definedAtTheTop, LocalDate startsOn, LocalDate finalDeadline,
            Set<OrganisationType> reportingLevels, Map<OrganisationType, LocalDate> deadlines) {

        public PeriodCase {
            reportingLevels = Set.copyOf(reportingLevels);
            Map<OrganisationType, LocalDate> typed = new EnumMap<>(OrganisationType.class);
            if (deadlines != null) {
                deadlines.forEach((level, due) -> {
                    if (level != null && due != null) {
                        typed.put(level, due);
                    }
                });
            }
            deadlines = Collections.unmodifiableMap(typed);
        }
    }

    /** A submission as the use case sees it: whether the table is open, and whether its summary is written. */
    public record SubmissionCase(boolean open, boolean summaryWritten) {
    }

    /** A union acting on a table of its subtree: whether it is the table's union's direct parent. */
    public record ParentCase(boolean directParent) {
    }

    /** A reminder to a child whose table stands where {@code submitted} and {@code accepted} say. */
    public record ReminderCase(boolean submitted, boolean accepted) {
    }

    /**
     * R-STAT-01 — the top union (the installation's root: a province's 省总工会, or 全国总工会) defines a reporting
     * period, so that every level of the tree reports the same festival period upward (seeds 000, 002, 003: each
     * level sends its combined figures to the level above, up to the province).
     */
    static final class DefinedAtTheTop implements Rule<PeriodCase> {
        @Override
        public Optional<Refusal> check(PeriodCase period) {
            return period.definedAtTheTop() ? Optional.empty() : Refusal.refuse("report.period.notTop");
        }
    }

    /** R-STAT-01 — every level that reports has its deadline (seed 000: 请各单位于2017年2月10日前…报送). */
    static final class DeadlineForEveryLevel implements Rule<PeriodCase> {
        @Override
        public Optional<Refusal> check(PeriodCase period) {
            return LEVELS.stream().filter(period.reportingLevels()::contains)
                    .filter(level -> period.deadlines().get(level) == null).findFirst()
                    .flatMap(level -> Refusal.refuse("report.period.deadlineMissing", level));
        }
    }

    /** R-STAT-01 — a deadline lies between the period's first day and the top union's own deadline. */
    static final class DeadlinesInThePeriod implements Rule<PeriodCase> {
        @Override
        public Optional<Refusal> check(PeriodCase period) {
            return LEVELS.stream().filter(level -> period.deadlines().get(level) != null).filter(level -> {
                LocalDate due = period.deadlines().get(level);
                return due.isBefore(period.startsOn()) || due.isAfter(period.finalDeadline());
            }).findFirst().flatMap(level -> Refusal.refuse("report.period.deadlineOutside", level));
        }
    }

    /**
     * R-STAT-01 — deadlines run up the tree: a lower level's is not after a higher level's, so that each union has
     * its children's accepted tables before its own is due (seed 003: 各级工会审报所有资料请于…前报区总工会).
     */
    static final class DeadlinesRunUpTheTree implements Rule<PeriodCase> {
        @Override
        public Optional<Refusal> check(PeriodCase period) {
            for (int lower = 0; lower < LEVELS.size(); lower++) {
                LocalDate early = period.deadlines().get(LEVELS.get(lower));
                for (int higher = lower + 1; early != null && higher < LEVELS.size(); higher++) {
                    LocalDate late = period.deadlines().get(LEVELS.get(higher));
                    if (late != null && RANK.get(LEVELS.get(higher)) > RANK.get(LEVELS.get(lower))
                            && early.isAfter(late)) {
                        return Refusal.refuse("report.period.deadlineOrder", LEVELS.get(lower));
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** An open table (draft or returned) may be submitted; a submitted or accepted one waits for its parent. */
    static final class TableOpen implements Rule<SubmissionCase> {
        @Override
        public Optional<Refusal> check(SubmissionCase submission) {
            return submission.open() ? Optional.empty() : Refusal.refuse("report.notOpen");
        }
    }

    /**
     * R-STAT-03 — a table goes up with the union's written summary (书面总结, seed 000; 送温暖报告, seed 002; 活动总结,
     * seed 003), typed or uploaded as PDF or Word; the version freezes it and the parent reads it.
     */
    static final class WrittenSummaryGiven implements Rule<SubmissionCase> {
        @Override
        public Optional<Refusal> check(SubmissionCase submission) {
            return submission.summaryWritten() ? Optional.empty() : Refusal.refuse("report.summary.required");
        }
    }

    /**
     * R-STAT-04 — 催报 goes to a child that has not submitted (not started, draft, returned, late): a table waiting
     * for the parent's decision, or accepted, is the parent's to act on, not the child's.
     */
    static final class NotYetSubmitted implements Rule<ReminderCase> {
        @Override
        public Optional<Refusal> check(ReminderCase reminder) {
            if (reminder.accepted()) {
                return Refusal.refuse("report.remind.accepted");
            }
            return reminder.submitted() ? Refusal.refuse("report.remind.submitted") : Optional.empty();
        }
    }

    /**
     * R-STAT-09 — each level answers for its own part (seed 000: 分级负责): the direct parent accepts, returns and
     * reminds (催报); a union further up reads the table and its figures but leaves the decision to the parent, whose
     * accepted total is what it receives in turn.
     */
    static final class ParentDecides implements Rule<ParentCase> {
        @Override
        public Optional<Refusal> check(ParentCase acting) {
            return acting.directParent() ? Optional.empty() : Refusal.refuse("report.notParent");
        }
    }

    /** The levels that report, from the bottom of the tree up, as the period form lists them. */
    public static final List<OrganisationType> LEVELS = List.of(OrganisationType.BASE, OrganisationType.INDUSTRY,
            OrganisationType.COUNTY, OrganisationType.CITY, OrganisationType.PROVINCIAL_ORGANS,
            OrganisationType.PROVINCE);

    /** How high a level sits: an industry union reports no later than the county above it would. */
    private static final Map<OrganisationType, Integer> RANK = Map.of(OrganisationType.BASE, 0,
            OrganisationType.INDUSTRY, 1, OrganisationType.COUNTY, 2, OrganisationType.CITY, 3,
            OrganisationType.PROVINCIAL_ORGANS, 3, OrganisationType.PROVINCE, 4);
}
