package org.unionaid.domain.hardship;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.person.Gender;
import org.unionaid.domain.reference.StandardFigures;
import org.unionaid.domain.shared.DomainException;

/**
 * A hardship-worker file (困难职工档案): the worker, the household and, as later slices add them,
 * income, causes, needs, bank account and attachments. Its life cycle is a set of guarded
 * transitions: each named method checks the current status and refuses with a reason.
 */
@Entity
@Table(name = "hardship_file")
public class HardshipFile {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    private FileStatus status;

    private String workerName;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sealed", column = @Column(name = "worker_id_sealed")),
            @AttributeOverride(name = "blindIndex", column = @Column(name = "worker_id_index")),
            @AttributeOverride(name = "masked", column = @Column(name = "worker_id_masked"))})
    private ProtectedId workerId;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private LocalDate birthDate;

    @ElementCollection
    @CollectionTable(name = "household_member", joinColumns = @JoinColumn(name = "file_id"))
    @OrderColumn(name = "position")
    private List<HouseholdMember> members = new ArrayList<>();

    @Embedded
    private BankAccount bankAccount;

    @Embedded
    private WorkerDetails workerDetails = WorkerDetails.none();

    /** The level the clerk proposed (R-LEVEL-01). */
    @Enumerated(EnumType.STRING)
    private FileLevel level;

    /** The level in effect: confirmed by an approver of a union at that level or above; null until then. */
    @Enumerated(EnumType.STRING)
    private FileLevel confirmedLevel;

    private Long levelConfirmedBy;

    @Convert(converter = CodeSets.Causes.class)
    private Set<HardshipCause> causes = EnumSet.noneOf(HardshipCause.class);

    @Enumerated(EnumType.STRING)
    private HardshipCause mainCause;

    @Convert(converter = CodeSets.Needs.class)
    private Set<Need> needs = EnumSet.noneOf(Need.class);

    private BigDecimal yearlyIncome;

    private BigDecimal rigidSpending = BigDecimal.ZERO;

    private BigDecimal accidentCosts = BigDecimal.ZERO;

    @Convert(converter = CodeSets.Exclusions.class)
    private Set<ExclusionFlag> exclusions = EnumSet.noneOf(ExclusionFlag.class);

    private BigDecimal monthlyPerHead;

    private Integer assessedYear;

    private BigDecimal assessedStandard;

    @Enumerated(EnumType.STRING)
    private HardshipCategory suggestedCategory;

    private String suggestionReason;

    @Enumerated(EnumType.STRING)
    private HardshipCategory confirmedCategory;

    private String categoryReason;

    private Long categoryDecidedBy;

    private Instant categoryDecidedAt;

    /** The decision is above what the recorded income supports (R-CAT-02): it counts once confirmed. */
    private boolean categoryAboveIncome;

    private Long categoryConfirmedBy;

    private Instant categoryConfirmedAt;

    private String categoryConfirmation;

    private LocalDate approvedOn;

    private LocalDate exitRejectedWindow;

    private String exitRejectedReason;

    private String returnReason;

    private LocalDate appliedOn;

    private Long noticeId;

    @Enumerated(EnumType.STRING)
    private ExitReason exitReason;

    private String closingNote;

    private LocalDate closedOn;

    private LocalDate lastVerifiedOn;

    private LocalDate incomeCheckOn;

    @Enumerated(EnumType.STRING)
    private IncomeCheckResult incomeCheckResult;

    private String incomeCheckReference;

    private Instant incomeCheckRecordedAt;

    @Column(updatable = false)
    private long createdBy;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private Long version;

    protected HardshipFile() {
        // for JPA
    }

    /** A new draft; {@code id} comes from {@link HardshipFiles#nextId()}. */
    public HardshipFile(long id, Organisation organisation, Worker worker, List<HouseholdMember> members,
            long createdBy) {
        this.id = id;
        this.organisation = organisation;
        this.status = FileStatus.DRAFT;
        this.workerName = worker.name();
        this.workerId = worker.idNumber();
        this.gender = worker.gender();
        this.birthDate = worker.birthDate();
        this.members = new ArrayList<>(members);
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** The worker as the file records it. */
    public record Worker(String name, ProtectedId idNumber, Gender gender, LocalDate birthDate) {
    }

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
        return status == FileStatus.APPROVED && lastVerifiedOn != null && !lastVerifiedOn.plusYears(1).isAfter(today);
    }

    public LocalDate getLastVerifiedOn() {
        return lastVerifiedOn;
    }

    private void replaceHousehold(Worker worker, List<HouseholdMember> members) {
        this.workerName = worker.name();
        this.workerId = worker.idNumber();
        this.gender = worker.gender();
        this.birthDate = worker.birthDate();
        this.members.clear();
        this.members.addAll(members);
        touch();
    }

    /** The clerk may change a file until it is submitted, and again when it comes back. */
    public boolean isEditable() {
        return status == FileStatus.DRAFT || status == FileStatus.RETURNED;
    }

    /** Why the household is in hardship, what it needs, and the level the file is kept at. */
    public record Hardship(Set<HardshipCause> causes, HardshipCause mainCause, Set<Need> needs, FileLevel level) {

        /** One or more causes with the main one among them, at least one need, and a level. */
        public Hardship {
            causes = causes == null || causes.isEmpty() ? Set.of() : EnumSet.copyOf(causes);
            needs = needs == null || needs.isEmpty() ? Set.of() : EnumSet.copyOf(needs);
            if (causes.isEmpty()) {
                throw DomainException.onField("causes", "file.causes.required");
            }
            if (mainCause == null || !causes.contains(mainCause)) {
                throw DomainException.onField("mainCause", "file.mainCause.notAmongCauses");
            }
            if (needs.isEmpty()) {
                throw DomainException.onField("needs", "file.needs.required");
            }
            if (level == null) {
                throw DomainException.onField("level", "NotNull");
            }
        }
    }

    public void describeHardship(Hardship hardship) {
        // New sets, not changed in place: a converted value is compared with its snapshot, not tracked.
        this.causes = EnumSet.copyOf(hardship.causes());
        this.mainCause = hardship.mainCause();
        this.needs = EnumSet.copyOf(hardship.needs());
        this.level = hardship.level();
        if (confirmedLevel != null && confirmedLevel.isAbove(level)) {
            // Lowering needs nobody's confirmation; raising waits for a new one.
            confirmedLevel = level;
        }
        touch();
    }

    /** The hardship as recorded, or empty for a file opened before it was asked. */
    public Optional<Hardship> hardship() {
        return mainCause == null ? Optional.empty()
                : Optional.of(new Hardship(EnumSet.copyOf(causes), mainCause, EnumSet.copyOf(needs), level));
    }

    /**
     * The documents this file needs: those of every file, those of its needs, and for 意外致困 the proof of
     * the event and its costs.
     */
    public Set<AttachmentKind> requiredDocuments() {
        Set<AttachmentKind> required = AttachmentKind.requiredFor(needs);
        if (confirmedCategory == HardshipCategory.ACCIDENT) {
            required.add(AttachmentKind.ACCIDENT_PROOF);
        }
        return required;
    }

    /** Records the day the worker applied in writing ({@code null}: not known), never after {@code today}. */
    public void recordApplication(LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            throw DomainException.onField("appliedOn", "file.appliedOn.future");
        }
        this.appliedOn = day;
        touch();
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    /** Records what else the file says about the worker. */
    public void describeWorker(WorkerDetails details) {
        this.workerDetails = details == null ? WorkerDetails.none() : details;
        touch();
    }

    /** Never null: a row with no details at all loads as a null embeddable. */
    public WorkerDetails getWorkerDetails() {
        return workerDetails == null ? WorkerDetails.none() : workerDetails;
    }

    /** Records the card the worker is paid on (null: none yet). */
    public void payTo(BankAccount account) {
        this.bankAccount = account;
        touch();
    }

    public BankAccount getBankAccount() {
        return bankAccount;
    }

    /**
     * The household's money and the circumstances that exclude it whatever its income;
     * {@code yearlyIncome} is {@code null} until entered (no income is not an income of zero).
     */
    public record Finances(Money yearlyIncome, Money rigidSpending, Money accidentCosts, Set<ExclusionFlag> exclusions) {

        public static Finances none() {
            return new Finances(null, Money.ZERO, Money.ZERO, Set.of());
        }
    }

    /** Records the household's money; the category is suggested again by {@link #assess}. */
    public void recordFinances(Finances finances) {
        this.yearlyIncome = finances.yearlyIncome() == null ? null : finances.yearlyIncome().toBigDecimal();
        this.rigidSpending = finances.rigidSpending().toBigDecimal();
        this.accidentCosts = finances.accidentCosts().toBigDecimal();
        this.exclusions = finances.exclusions().isEmpty() ? EnumSet.noneOf(ExclusionFlag.class)
                : EnumSet.copyOf(finances.exclusions());
        touch();
    }

    public Finances finances() {
        return new Finances(yearlyIncome == null ? null : Money.of(yearlyIncome), Money.of(rigidSpending),
                Money.of(accidentCosts),
                exclusions.isEmpty() ? Set.of() : EnumSet.copyOf(exclusions));
    }

    /** The household's income for the category test (the worker and every member live on it), once entered. */
    public Optional<HouseholdIncome> income() {
        return yearlyIncome == null ? Optional.empty()
                : Optional.of(new HouseholdIncome(Money.of(yearlyIncome), Money.of(rigidSpending), people().size()));
    }

    /**
     * Suggests the category against the standard in force for {@code year}, keeping the figures it
     * used; with no standard for the file's division and year there is no suggestion.
     */
    public void assess(int year, Optional<StandardFigures> standard) {
        this.assessedYear = year;
        Optional<HouseholdIncome> income = income();
        this.monthlyPerHead = income.map(i -> i.monthlyPerHead().toBigDecimal()).orElse(null);
        if (income.isEmpty()) {
            this.assessedStandard = null;
            this.suggestedCategory = null;
            this.suggestionReason = "category.reason.noIncome";
            return;
        }
        if (standard.isEmpty()) {
            this.assessedStandard = null;
            this.suggestedCategory = null;
            this.suggestionReason = "category.reason.noStandard";
            return;
        }
        CategorySuggestion suggestion = CategorySuggestion.suggest(income.get(), standard.get(),
                Money.of(accidentCosts), exclusions);
        this.assessedStandard = standard.get().monthlyAmount().toBigDecimal();
        this.suggestedCategory = suggestion.category();
        this.suggestionReason = suggestion.reasonKey();
    }

    /** Every person the file holds, the worker first: the people no other active file may hold. */
    public List<ProtectedId> people() {
        List<ProtectedId> people = new ArrayList<>();
        people.add(workerId);
        members.forEach(member -> people.add(member.getIdNumber()));
        return people;
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
        if (on == null) {
            throw DomainException.onField("checkedOn", "NotNull");
        }
        if (on.isAfter(today)) {
            throw DomainException.onField("checkedOn", "file.incomeCheck.future");
        }
        if (result == null) {
            throw DomainException.onField("result", "NotNull");
        }
        this.incomeCheckOn = on;
        this.incomeCheckResult = result;
        this.incomeCheckReference = reference == null || reference.isBlank() ? null : reference.strip();
        this.incomeCheckRecordedAt = now;
        touch();
    }

    public LocalDate getIncomeCheckOn() {
        return incomeCheckOn;
    }

    public IncomeCheckResult getIncomeCheckResult() {
        return incomeCheckResult;
    }

    public String getIncomeCheckReference() {
        return incomeCheckReference;
    }

    /** APPROVED → EXITED (已脱困): the household is out of hardship, for the reason given. */
    public void exit(ExitReason reason, String note, LocalDate today) {
        requireStatus(FileStatus.APPROVED);
        if (reason == null) {
            throw DomainException.onField("exitReason", "NotNull");
        }
        close(FileStatus.EXITED, note, today);
        this.exitReason = reason;
    }

    /** Any open status → CANCELLED (已注销), with the reason written out. */
    public void cancel(String note, LocalDate today) {
        if (!status.isActive()) {
            throw new DomainException("file.transition.notAllowed", status);
        }
        close(FileStatus.CANCELLED, note, today);
    }

    private void close(FileStatus closedStatus, String note, LocalDate today) {
        if (note == null || note.isBlank()) {
            throw DomainException.onField("closingNote", "file.close.noteRequired");
        }
        status = closedStatus;
        closingNote = note.strip();
        closedOn = today;
        touch();
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public LocalDate getClosedOn() {
        return closedOn;
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
        if (confirmedCategory == null) {
            throw new DomainException("file.approve.categoryUndecided");
        }
        if (confirmedCategory == HardshipCategory.NOT_ELIGIBLE) {
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
        if (level == null) {
            return false;
        }
        FileLevel confirmable = confirmableLevel.isAbove(level) ? level : confirmableLevel;
        if (confirmedLevel != null && !confirmable.isAbove(confirmedLevel)) {
            return false;
        }
        confirmedLevel = confirmable;
        levelConfirmedBy = approver;
        touch();
        return true;
    }

    /** The level in effect (central and provincial money look at this one only), or null if none is confirmed. */
    public FileLevel getConfirmedLevel() {
        return confirmedLevel;
    }

    /** The level proposed, if any, and still waiting for a confirmation at its own level. */
    public boolean isLevelAwaitingConfirmation() {
        return level != null && level != confirmedLevel;
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
        if (category == null) {
            throw DomainException.onField("category", "NotNull");
        }
        String written = reason == null || reason.isBlank() ? null : reason.strip();
        if ((category != suggestedCategory || aboveIncome) && written == null) {
            throw DomainException.onField("categoryReason", "file.category.overrideReason");
        }
        this.confirmedCategory = category;
        this.categoryReason = written;
        this.categoryDecidedBy = decidedBy;
        this.categoryDecidedAt = now;
        this.categoryAboveIncome = aboveIncome;
        this.categoryConfirmedBy = null;
        this.categoryConfirmedAt = null;
        this.categoryConfirmation = null;
        touch();
    }

    /**
     * R-CAT-02 — an approver of a union above the file's confirms, with a written reason, a category decided
     * above what the income supports. Who decided it cannot confirm it (the use case checks who may).
     */
    public void confirmCategory(String reason, long confirmedBy, Instant now) {
        requireStatus(FileStatus.SUBMITTED, FileStatus.IN_NOTICE, FileStatus.NOTICE_PASSED);
        if (!isCategoryAwaitingConfirmation()) {
            throw new DomainException("file.category.nothingToConfirm");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("confirmation", "file.category.confirmationReason");
        }
        this.categoryConfirmedBy = confirmedBy;
        this.categoryConfirmedAt = now;
        this.categoryConfirmation = reason.strip();
        touch();
    }

    /** Decided above what the income supports and not yet confirmed by a higher union. */
    public boolean isCategoryAwaitingConfirmation() {
        return confirmedCategory != null && categoryAboveIncome && categoryConfirmedBy == null;
    }

    /**
     * R-APPR-05 — the civil-affairs check found the income other than declared (or found nothing), and the
     * category has not been decided again since.
     */
    public boolean isIncomeCheckPending() {
        if (incomeCheckResult == null || incomeCheckResult == IncomeCheckResult.CONSISTENT) {
            return false;
        }
        return categoryDecidedAt == null || incomeCheckRecordedAt == null
                || !categoryDecidedAt.isAfter(incomeCheckRecordedAt);
    }

    /**
     * R-PAY-10 — a person decided that the exit proposal of the six months from {@code window} is not
     * followed, with the reason (e.g. the income was a one-off); the file may be paid again.
     */
    public void rejectExitProposal(LocalDate window, String reason) {
        requireStatus(FileStatus.APPROVED);
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "file.exit.rejectionReason");
        }
        this.exitRejectedWindow = window;
        this.exitRejectedReason = reason.strip();
        touch();
    }

    public LocalDate getExitRejectedWindow() {
        return exitRejectedWindow;
    }

    public String getExitRejectedReason() {
        return exitRejectedReason;
    }

    public boolean isCategoryAboveIncome() {
        return categoryAboveIncome;
    }

    public Long getCategoryDecidedBy() {
        return categoryDecidedBy;
    }

    public Instant getCategoryDecidedAt() {
        return categoryDecidedAt;
    }

    public Long getCategoryConfirmedBy() {
        return categoryConfirmedBy;
    }

    public Instant getCategoryConfirmedAt() {
        return categoryConfirmedAt;
    }

    public String getCategoryConfirmation() {
        return categoryConfirmation;
    }

    public Instant getIncomeCheckRecordedAt() {
        return incomeCheckRecordedAt;
    }

    /** The exclusions recorded on the file (R-ELIG-01): any one blocks approval and payment. */
    public boolean isExcluded() {
        return !exclusions.isEmpty();
    }

    private void requireStatus(FileStatus... allowed) {
        for (FileStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new DomainException("file.transition.notAllowed", status);
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public FileStatus getStatus() {
        return status;
    }

    public String getWorkerName() {
        return workerName;
    }

    public ProtectedId getWorkerId() {
        return workerId;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public List<HouseholdMember> getMembers() {
        return List.copyOf(members);
    }

    public Money getMonthlyPerHead() {
        return monthlyPerHead == null ? null : Money.of(monthlyPerHead);
    }

    public Integer getAssessedYear() {
        return assessedYear;
    }

    public Money getAssessedStandard() {
        return assessedStandard == null ? null : Money.of(assessedStandard);
    }

    public HardshipCategory getSuggestedCategory() {
        return suggestedCategory;
    }

    public String getSuggestionReason() {
        return suggestionReason;
    }

    public HardshipCategory getConfirmedCategory() {
        return confirmedCategory;
    }

    public String getCategoryReason() {
        return categoryReason;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
