package org.unionaid.domain.hardship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.person.Gender;
import org.unionaid.domain.reference.StandardFigures;
import org.unionaid.domain.shared.DomainException;

/**
 * A hardship-worker file (困难职工档案): the household (its half in {@link FileHousehold}), the hardship, the
 * money and the category, the level, and the review. Its life cycle is a set of guarded transitions: each
 * named method checks the current status and refuses with a reason; the rules that need more than the file
 * ({@code ApprovalRules}, {@link CategoryRules}) are judged by the use cases before they call it.
 */
@Entity
@Table(name = "hardship_file")
public class HardshipFile extends FileHousehold {

    @Enumerated(EnumType.STRING)
    private FileStatus status;

    @Embedded
    private FileLevels levels = FileLevels.none();

    @Embedded
    private Circumstances circumstances = new Circumstances();

    @Embedded
    private HouseholdMoney money = new HouseholdMoney();

    @Embedded
    private Assessment assessment = Assessment.none();

    @Embedded
    private CategoryDecision category = CategoryDecision.none();

    private LocalDate approvedOn;

    @Embedded
    private ExitProposalRejection exitProposalRejection = ExitProposalRejection.none();

    private String returnReason;

    private Long noticeId;

    @Embedded
    private Closing closing = Closing.open();

    private LocalDate lastVerifiedOn;

    @Embedded
    private IncomeCheck incomeCheck = IncomeCheck.none();

    protected HardshipFile() {
        // for JPA
    }

    /** A new draft; {@code id} comes from {@link HardshipFiles#nextId()}. */
    public HardshipFile(long id, Organisation organisation, Worker worker, List<HouseholdMember> members,
            long createdBy) {
        super(id, organisation, worker, members, createdBy);
        this.status = FileStatus.DRAFT;
    }

    /** The worker as the file records it. */
    public record Worker(String name, ProtectedId idNumber, Gender gender, LocalDate birthDate) {}

    /**
     * DRAFT or RETURNED: the clerk corrects who the worker is and who lives in the household (the
     * rest is recorded by the other methods, which the same use case calls next).
     */
    public void revise(Worker worker, List<HouseholdMember> members) {
        if (!isEditable()) {
            throw new DomainException("file.transition.notAllowed", status);
        }
        replaceHousehold(worker, members);
    }

    /**
     * APPROVED, the yearly re-verification (动态管理): the household as found now; the file stays
     * approved and counts as verified {@code today}.
     */
    public void reverify(Worker worker, List<HouseholdMember> members, LocalDate today) {
        requireStatus(FileStatus.APPROVED);
        replaceHousehold(worker, members);
        lastVerifiedOn = today;
    }

    /** Due for its yearly re-verification: approved and last verified a year or more before {@code today}. */
    public boolean isDueForReverification(LocalDate today) {
        return Reverification.isDue(status, lastVerifiedOn, today);
    }

    public LocalDate getLastVerifiedOn() {
        return lastVerifiedOn;
    }

    /** The clerk may change a file until it is submitted, and again when it comes back. */
    public boolean isEditable() {
        return status == FileStatus.DRAFT || status == FileStatus.RETURNED;
    }

    public void describeHardship(Hardship hardship) {
        this.circumstances = Circumstances.of(hardship);
        levels().propose(hardship.level());
        touch();
    }

    /** The hardship as recorded, or empty for a file opened before it was asked. */
    public Optional<Hardship> hardship() {
        return circumstances == null || !circumstances.isDescribed() ? Optional.empty()
                : Optional.of(circumstances.with(levels().getProposed()));
    }

    /**
     * The documents this file needs: those of every file, those of its needs, and for 意外致困 the proof of
     * the event and its costs.
     */
    public Set<AttachmentKind> requiredDocuments() {
        Set<AttachmentKind> required = AttachmentKind.requiredFor(
                circumstances == null ? EnumSet.noneOf(Need.class) : circumstances.needs());
        if (getConfirmedCategory() == HardshipCategory.ACCIDENT) {
            required.add(AttachmentKind.ACCIDENT_PROOF);
        }
        return required;
    }

    /** Records the household's money; the category is suggested again by {@link #assess}. */
    public void recordFinances(Finances finances) {
        this.money = HouseholdMoney.of(finances);
        touch();
    }

    public Finances finances() {
        return money().finances();
    }

    /** The household's income for the category test (the worker and every member live on it), once entered. */
    public Optional<HouseholdIncome> income() {
        return money().income(people().size());
    }

    private HouseholdMoney money() {
        return money == null ? new HouseholdMoney() : money;
    }

    /**
     * Suggests the category against the standard in force for {@code year}, keeping the figures it
     * used; with no standard for the file's division and year there is no suggestion.
     */
    public void assess(int year, Optional<StandardFigures> standard) {
        Finances finances = finances();
        assessment = Assessment.of(year, income(), standard, finances.accidentCosts(), finances.exclusions());
    }

    /** DRAFT or RETURNED → SUBMITTED: the clerk hands the file to the reviewer. */
    public void submit() {
        requireStatus(FileStatus.DRAFT, FileStatus.RETURNED);
        status = FileStatus.SUBMITTED;
        returnReason = null;
        touch();
    }

    /** SUBMITTED → IN_NOTICE: the file is on the public notice {@code notice} (公示). */
    public void putOnNotice(long notice) {
        requireStatus(FileStatus.SUBMITTED);
        status = FileStatus.IN_NOTICE;
        noticeId = notice;
        touch();
    }

    /** IN_NOTICE → NOTICE_PASSED: the notice ended without an objection against this file. */
    public void passNotice() {
        requireStatus(FileStatus.IN_NOTICE);
        status = FileStatus.NOTICE_PASSED;
        touch();
    }

    /**
     * Records the civil-affairs income check (date, result, reference) of a file under review or
     * approved; a later check replaces an earlier one, the history keeps both.
     */
    public void recordIncomeCheck(LocalDate on, IncomeCheckResult result, String reference, LocalDate today,
            Instant now) {
        requireStatus(FileStatus.SUBMITTED, FileStatus.IN_NOTICE, FileStatus.NOTICE_PASSED, FileStatus.APPROVED);
        incomeCheck = IncomeCheck.recorded(on, result, reference, today, now);
        touch();
    }

    /** The income check as recorded; never null (an unchecked file has an empty one). */
    public IncomeCheck getIncomeCheck() {
        return incomeCheck == null ? IncomeCheck.none() : incomeCheck;
    }

    /** APPROVED → EXITED (已脱困): the household is out of hardship, for the reason given. */
    public void exit(ExitReason reason, String note, LocalDate today) {
        requireStatus(FileStatus.APPROVED);
        if (reason == null) {
            throw DomainException.onField("exitReason", "NotNull");
        }
        close(FileStatus.EXITED, Closing.on(today, note, reason));
    }

    /** Any open status → CANCELLED (已注销), with the reason written out. */
    public void cancel(String note, LocalDate today) {
        if (!status.isActive()) {
            throw new DomainException("file.transition.notAllowed", status);
        }
        close(FileStatus.CANCELLED, Closing.on(today, note, null));
    }

    private void close(FileStatus closedStatus, Closing closed) {
        status = closedStatus;
        closing = closed;
        touch();
    }

    /** How the file was closed; never null (an open file has an empty one). */
    public Closing getClosing() {
        return closing == null ? Closing.open() : closing;
    }

    /** The public notice the file is or last was on, if any. */
    public Long getNoticeId() {
        return noticeId;
    }

    /**
     * NOTICE_PASSED → APPROVED (已建档): the file counts from now on. Only a file whose category was
     * decided, and decided eligible, can be approved; the rest of what approval requires is
     * {@code ApprovalRules}, judged by the use case before it calls this. The approver confirms the proposed
     * level as far as the approver's union reaches ({@code confirmableLevel}, R-LEVEL-01).
     */
    public void approve(LocalDate today, long approver, FileLevel confirmableLevel) {
        requireStatus(FileStatus.NOTICE_PASSED);
        if (getConfirmedCategory() == null) {
            throw new DomainException("file.approve.categoryUndecided");
        }
        if (getConfirmedCategory() == HardshipCategory.NOT_ELIGIBLE) {
            throw new DomainException("file.approve.notEligible");
        }
        status = FileStatus.APPROVED;
        lastVerifiedOn = today;
        approvedOn = today;
        confirmLevel(confirmableLevel, approver);
        touch();
    }

    /**
     * R-LEVEL-01 — an approver whose union reaches {@code confirmableLevel} confirms the proposed level up to
     * that: the proposal itself if the union is at its level or above, else as high as the union reaches.
     * Returns whether the level in effect changed.
     */
    public boolean confirmLevel(FileLevel confirmableLevel, long approver) {
        boolean rose = levels().confirm(confirmableLevel, approver);
        if (rose) {
            touch();
        }
        return rose;
    }

    /** The level proposed and the level in effect (central and provincial money look at this one only). */
    public FileLevels levels() {
        if (levels == null) {
            levels = FileLevels.none();
        }
        return levels;
    }

    /** The level in effect, or null if none is confirmed. */
    public FileLevel getConfirmedLevel() {
        return levels().getConfirmed();
    }

    public boolean isLevelAwaitingConfirmation() {
        return levels().isAwaitingConfirmation();
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    /**
     * SUBMITTED, IN_NOTICE (an objection upheld) or NOTICE_PASSED (refused at approval) → RETURNED:
     * the file goes back to the clerk with the reason.
     */
    public void returnToClerk(String reason) {
        requireStatus(FileStatus.SUBMITTED, FileStatus.IN_NOTICE, FileStatus.NOTICE_PASSED);
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "file.return.reasonRequired");
        }
        status = FileStatus.RETURNED;
        returnReason = reason.strip();
        touch();
    }

    /**
     * R-CAT-01 — the reviewer decides the category of a submitted file — or, after a civil-affairs income check that
     * was not consistent, of a file waiting for approval: the suggestion as it stands, or another one with
     * a written reason. {@code aboveIncome}: the decision is above what the income supports (judged by
     * {@link CategoryRules}); it then counts only once an approver of a higher union confirms it.
     */
    public void decideCategory(HardshipCategory category, String reason, boolean aboveIncome, long decidedBy,
            Instant now) {
        if (!(status == FileStatus.SUBMITTED || status == FileStatus.NOTICE_PASSED && isIncomeCheckPending())) {
            throw new DomainException("file.transition.notAllowed", status);
        }
        this.category = CategoryDecision.decide(category, getSuggestedCategory(), reason, aboveIncome, decidedBy, now);
        touch();
    }

    /**
     * R-CAT-02 — an approver of a union above the file's confirms, with a written reason, a category decided
     * above what the income supports. Who decided it cannot confirm it (the use case checks who may).
     */
    public void confirmCategory(String reason, long confirmedBy, Instant now) {
        requireStatus(FileStatus.SUBMITTED, FileStatus.IN_NOTICE, FileStatus.NOTICE_PASSED);
        this.category = getCategoryDecision().confirmed(reason, confirmedBy, now);
        touch();
    }

    /** Decided above what the income supports and not yet confirmed by a higher union. */
    public boolean isCategoryAwaitingConfirmation() {
        return getCategoryDecision().isAwaitingConfirmation();
    }

    /**
     * R-APPR-05 — the civil-affairs check found the income other than declared (or found nothing), and the
     * category has not been decided again since.
     */
    public boolean isIncomeCheckPending() {
        return getIncomeCheck().isPending(getCategoryDecision());
    }

    /**
     * R-PAY-10 — a person decided that the exit proposal of the six months from {@code window} is not
     * followed, with the reason (e.g. the income was a one-off); the file may be paid again.
     */
    public void rejectExitProposal(LocalDate window, String reason) {
        requireStatus(FileStatus.APPROVED);
        exitProposalRejection = ExitProposalRejection.of(window, reason);
        touch();
    }

    /** The last exit proposal not followed; never null (empty if none). */
    public ExitProposalRejection getExitProposalRejection() {
        return exitProposalRejection == null ? ExitProposalRejection.none() : exitProposalRejection;
    }

    /** The exclusions recorded on the file (R-ELIG-01): any one blocks approval and payment. */
    public boolean isExcluded() {
        return money().isExcluded();
    }

    private void requireStatus(FileStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw new DomainException("file.transition.notAllowed", status);
        }
    }

    public FileStatus getStatus() {
        return status;
    }

    /** The system's assessment; never null. */
    public Assessment getAssessment() {
        return assessment == null ? Assessment.none() : assessment;
    }

    public HardshipCategory getSuggestedCategory() {
        return getAssessment().getSuggestedCategory();
    }

    /** The category the reviewer decided, or null. */
    public HardshipCategory getConfirmedCategory() {
        return getCategoryDecision().getCategory();
    }

    /** The reviewer's decision and its confirmation; never null. */
    public CategoryDecision getCategoryDecision() {
        return category == null ? CategoryDecision.none() : category;
    }

    public String getReturnReason() {
        return returnReason;
    }
}
