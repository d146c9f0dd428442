package org.unionaid.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.CategoryReview;
import org.unionaid.domain.hardship.FileDocumentation;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.Finances;
import org.unionaid.domain.hardship.Hardship;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.IncomeCheckResult;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.hardship.WorkerDetails;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.notice.FileApproval;
import org.unionaid.domain.notice.NewNotice;
import org.unionaid.domain.notice.NoticeAdministration;
import org.unionaid.domain.security.Actor;
import org.unionaid.web.shared.MovableClock;

/**
 * Files taken through their journey the way users take them, on the days they would: filed with their
 * documents by the clerk, decided by the reviewer of the tea company's union, income-checked by the district's
 * approver, put on a notice posted on its first day four weeks ago and closed after its last working day,
 * approved by the district's approver. The clock is moved to each day, so every gate applies. Flushed, so
 * that SQL queries see them.
 */
@Component
public class ApprovedFiles {

    /** What a household earns when the test does not say: below 低保 per head in Hangzhou, so 深度困难. */
    public static final Finances BELOW_THE_LINE = new Finances(Money.yuan("12000"),
            Money.ZERO, Money.ZERO, Set.of());

    private final FileRegistration registration;
    private final CategoryReview categories;
    private final FileDocumentation documents;
    private final NoticeAdministration notices;
    private final FileApproval approval;
    private final DemoUsers demo;
    private final MovableClock clock;
    private final EntityManager em;

    ApprovedFiles(FileRegistration registration, CategoryReview categories, FileDocumentation documents,
            NoticeAdministration notices, FileApproval approval, DemoUsers demo, MovableClock clock, EntityManager em) {
        this.registration = registration;
        this.categories = categories;
        this.documents = documents;
        this.notices = notices;
        this.approval = approval;
        this.demo = demo;
        this.clock = clock;
        this.em = em;
    }

    /** Who takes a file through its journey: the union's clerk and reviewer, and the approver above them. */
    public record Crew(Actor clerk, Actor reviewer, Actor approver) {
    }

    /** The tea company's clerk and reviewer, the district's approver. */
    public Crew teaCompany() {
        return new Crew(demo.actor("clerk"), demo.actor("reviewer"), demo.actor("approver"));
    }

    public HardshipFile approved(String workerName) {
        return approved(new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), workerName, TestIds.next(), List.of()));
    }

    /** A file of the tea company's union paid to the worker's own card, at a file level. */
    public HardshipFile approvedWithCard(String workerName, FileLevel level) {
        return approved(new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), workerName, TestIds.next(), List.of(), null,
                new FileEntry.BankEntry(Bank.ICBC, TestCards.next(), workerName),
                new Hardship(EnumSet.of(HardshipCause.DISABILITY), HardshipCause.DISABILITY,
                        EnumSet.of(Need.LIVING), level)));
    }

    public HardshipFile approved(FileEntry entry) {
        return approved(entry, teaCompany());
    }

    public HardshipFile approved(FileEntry entry, Crew crew) {
        HardshipFile file = noticePassed(entry, crew, true);
        try (MovableClock.Moved approvalDay = clock.moveTo(approvalDay())) {
            assertThat(approval.approve(crew.approver(), List.of(file.getId()))).isEmpty();
        }
        em.flush();
        return file;
    }

    /** The day files of this fixture are approved: two weeks ago, after their notice ended. */
    public LocalDate approvalDay() {
        return LocalDate.now(clock).minusDays(14);
    }

    /**
     * A file filed, decided 深度困难 (its income supports it), income-checked and through a notice that ended:
     * waiting for approval.
     */
    public HardshipFile noticePassed(FileEntry entry) {
        return noticePassed(entry, teaCompany(), true);
    }

    /**
     * The same, reviewed and noticed by {@code reviewer}; with {@code decide} false the category is left
     * undecided.
     */
    public HardshipFile noticePassed(FileEntry entry, Actor reviewer, boolean decide) {
        Crew tea = teaCompany();
        return noticePassed(entry, new Crew(tea.clerk(), reviewer, tea.approver()), decide);
    }

    private HardshipFile noticePassed(FileEntry entry, Crew crew, boolean decide) {
        Actor reviewer = crew.reviewer();
        HardshipFile file = readyForNotice(entry, crew, decide);
        LocalDate noticeDay = LocalDate.now(clock).minusDays(28);
        try (MovableClock.Moved posted = clock.moveTo(noticeDay)) {
            long notice = notices.open(reviewer, new NewNotice(List.of(file.getId()), noticeDay, 5, "公告栏",
                    "工会办公室")).getId();
            try (MovableClock.Moved closed = clock.moveTo(notices.view(reviewer, notice).getEndsOn().plusDays(1))) {
                notices.close(reviewer, notice);
            }
        }
        return file;
    }

    /**
     * A file through a notice that ended, as a hurried union sends it up: decided by the reviewer, but with
     * none of its documents and no income check.
     */
    public HardshipFile noticePassedBare(FileEntry entry) {
        HardshipFile file;
        LocalDate noticeDay = LocalDate.now(clock).minusDays(28);
        try (MovableClock.Moved filed = clock.moveTo(noticeDay.minusDays(7))) {
            file = registration.open(demo.actor("clerk"), complete(entry));
            registration.submit(demo.actor("clerk"), file.getId());
            categories.decide(demo.actor("reviewer"), file.getId(), file.getSuggestedCategory(), "入户核实");
        }
        try (MovableClock.Moved posted = clock.moveTo(noticeDay)) {
            long notice = notices.open(demo.actor("reviewer"), new NewNotice(List.of(file.getId()), noticeDay, 5,
                    "公告栏", "工会办公室")).getId();
            try (MovableClock.Moved closed = clock.moveTo(notices.view(demo.actor("reviewer"), notice).getEndsOn()
                    .plusDays(1))) {
                notices.close(demo.actor("reviewer"), notice);
            }
        }
        return file;
    }

    /** Filed with every required document by the clerk, decided by the reviewer, checked by the approver. */
    public HardshipFile readyForNotice(FileEntry entry) {
        return readyForNotice(entry, teaCompany(), true);
    }

    private HardshipFile readyForNotice(FileEntry entry, Crew crew, boolean decide) {
        try (MovableClock.Moved filed = clock.moveTo(LocalDate.now(clock).minusDays(35))) {
            HardshipFile file = filedWithDocuments(entry, crew.clerk());
            registration.submit(crew.clerk(), file.getId());
            if (decide) {
                categories.decide(crew.reviewer(), file.getId(), HardshipCategory.DEEP, "入户核实");
            }
            registration.recordIncomeCheck(crew.approver(), file.getId(), LocalDate.now(clock),
                    IncomeCheckResult.CONSISTENT, "民政核对");
            return file;
        }
    }

    /**
     * A draft opened by the clerk — with an income below the line and union membership unless the entry says
     * otherwise — and every document its needs require.
     */
    public HardshipFile filedWithDocuments(FileEntry entry) {
        return filedWithDocuments(entry, demo.actor("clerk"));
    }

    private HardshipFile filedWithDocuments(FileEntry entry, Actor clerk) {
        HardshipFile file = registration.open(clerk, complete(entry));
        file.requiredDocuments().forEach(kind -> documents.upload(clerk, file.getId(), kind,
                kind.name().toLowerCase() + ".pdf", ("%PDF-1.4 " + kind).getBytes(StandardCharsets.UTF_8)));
        return file;
    }

    /** The entry with an income and union membership where it gives none. */
    public static FileEntry complete(FileEntry entry) {
        Finances finances = entry.finances().yearlyIncome() == null ? BELOW_THE_LINE : entry.finances();
        WorkerDetails details = entry.workerDetails() == null ? WorkerDetails.none() : entry.workerDetails();
        if (details.getUnionMember() == null) {
            details = details.withEmployment(true, LocalDate.of(2015, 3, 1));
        }
        return new FileEntry(entry.organisationId(), entry.workerName(), entry.workerIdNumber(), entry.members(),
                finances, entry.bankAccount(), entry.hardship(), details, entry.appliedOn());
    }
}
