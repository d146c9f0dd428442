package org.unionaid.domain.notice;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.unionaid.domain.hardship.AttachmentKind;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.WorkerDetails;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.shared.MakerChecker;
import org.unionaid.domain.shared.Refusal;
import org.unionaid.domain.shared.Rule;
import org.unionaid.domain.shared.RuleSet;

/**
 * What approval (审批) of a file requires (DOMAIN §3–§4; docs/domain.md §4): each rule a small class that
 * refuses with the reason an approver reads, in the order the file went through its steps. The approvals
 * page lists every refusal of a file ("what still blocks it"); approving judges the same rules.
 */
public final class ApprovalRules {

    /**
     * One file before one approver: who made the file (the approver must not be among them), the union the
     * approver belongs to, the kinds of document the file holds, and today.
     */
    public record Case(HardshipFile file, long approverId, OrganisationPath approverUnion, Set<Long> makers,
            Set<AttachmentKind> documents, LocalDate today) {

        public Case {
            makers = Set.copyOf(makers);
            documents = documents.isEmpty() ? EnumSet.noneOf(AttachmentKind.class) : EnumSet.copyOf(documents);
        }

        /** The kinds of document the file still lacks. */
        public Set<AttachmentKind> missingDocuments() {
            Set<AttachmentKind> missing = EnumSet.copyOf(file.requiredDocuments());
            missing.removeAll(documents);
            return missing;
        }
    }

    public static final RuleSet<Case> ALL = RuleSet.of(new NoticePassed(), new ApproverAboveTheFilesUnion(),
            new NotAMakerOfTheFile(), new NoExclusion(), new CategoryDecidedEligible(), new CategoryWithinIncome(),
            new DocumentsComplete(), new IncomeChecked(), new UnionMember(), new MigrantEmployedAYear());

    private ApprovalRules() {
    }

    /** R-APPR-01 — only a file whose public notice passed without an upheld objection (seed 003: 公示后再录入). */
    static final class NoticePassed implements Rule<Case> {
        @Override
        public Optional<Refusal> check(Case c) {
            return c.file().getStatus() == FileStatus.NOTICE_PASSED ? Optional.empty()
                    : Refusal.refuse("approval.refused.notNoticePassed");
        }
    }

    /** R-APPR-02 — approval belongs to a union above the file's own (seed 003: 区总工会帮扶中心审定). */
    static final class ApproverAboveTheFilesUnion implements Rule<Case> {
        @Override
        public Optional<Refusal> check(Case c) {
            return c.approverUnion().equals(c.file().getOrganisation().path())
                    ? Refusal.refuse("approval.refused.sameUnion") : Optional.empty();
        }
    }

    /** R-MC-01 — nobody who opened, revised, submitted, decided or noticed the file approves it. */
    static final class NotAMakerOfTheFile implements Rule<Case> {
        @Override
        public Optional<Refusal> check(Case c) {
            return MakerChecker.check(c.makers(), c.approverId(), "file.approve.makerChecker");
        }
    }

    /** R-ELIG-01 — an exclusion blocks the file whatever its income. */
    static final class NoExclusion implements Rule<Case> {
        @Override
        public Optional<Refusal> check(Case c) {
            return c.file().isExcluded() ? Refusal.refuse("approval.refused.excluded") : Optional.empty();
        }
    }

    /** R-APPR-03 — the reviewer decided a category, and an eligible one. */
    static final class CategoryDecidedEligible implements Rule<Case> {
        @Override
        public Optional<Refusal> check(Case c) {
            HardshipCategory category = c.file().getConfirmedCategory();
            if (category == null) {
                return Refusal.refuse("file.approve.categoryUndecided");
            }
            return category == HardshipCategory.NOT_ELIGIBLE ? Refusal.refuse("file.approve.notEligible")
                    : Optional.empty();
        }
    }

    /** R-CAT-02 — a category above what the income supports counts once a higher union confirmed it. */
    static final class CategoryWithinIncome implements Rule<Case> {
        @Override
        public Optional<Refusal> check(Case c) {
            return c.file().isCategoryAwaitingConfirmation() ? Refusal.refuse("approval.refused.categoryUnconfirmed")
                    : Optional.empty();
        }
    }

    /**
     * R-APPR-04 — every required document is on the file (seed 003: 所有资料明细; 申请医疗救助的要还须出具县级医院以上的
     * 重大疾病证明和近两年住院结算单).
     */
    static final class DocumentsComplete implements Rule<Case> {
        @Override
        public Optional<Refusal> check(Case c) {
            int missing = c.missingDocuments().size();
            return missing == 0 ? Optional.empty() : Refusal.refuse("approval.refused.documentsMissing", missing);
        }
    }

    /**
     * R-APPR-05 — the civil-affairs income check is recorded; a result other than consistent blocks until the
     * category is decided again.
     */
    static final class IncomeChecked implements Rule<Case> {
        @Override
        public Optional<Refusal> check(Case c) {
            if (c.file().getIncomeCheck().getResult() == null) {
                return Refusal.refuse("approval.refused.noIncomeCheck");
            }
            return c.file().isIncomeCheckPending() ? Refusal.refuse("approval.refused.incomeInconsistent")
                    : Optional.empty();
        }
    }

    /** R-ELIG-02 — the worker belongs to the union (seed 001: 参加工会组织的在职职工). */
    static final class UnionMember implements Rule<Case> {
        @Override
        public Optional<Refusal> check(Case c) {
            return Boolean.TRUE.equals(c.file().getWorkerDetails().getUnionMember()) ? Optional.empty()
                    : Refusal.refuse("approval.refused.notUnionMember");
        }
    }

    /** R-ELIG-03 — a migrant worker (农民工) has had the labour relationship for at least a year. */
    static final class MigrantEmployedAYear implements Rule<Case> {
        @Override
        public Optional<Refusal> check(Case c) {
            WorkerDetails details = c.file().getWorkerDetails();
            if (!details.isMigrantWorker()) {
                return Optional.empty();
            }
            LocalDate since = details.getEmployedSince();
            return since != null && !since.isAfter(c.today().minusYears(1)) ? Optional.empty()
                    : Refusal.refuse("approval.refused.migrantNotAYear");
        }
    }
}
