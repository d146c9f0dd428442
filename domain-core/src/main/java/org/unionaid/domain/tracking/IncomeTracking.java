package org.unionaid.domain.tracking;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.hardship.FileEvent;
import org.unionaid.domain.hardship.FileHistory;
import org.unionaid.domain.hardship.FileSnapshot;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.FileSummary;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.HardshipFiles;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Following an approved household's income month by month (动态管理) and proposing for exit (解困脱困)
 * those whose income per head has stayed above 低保 for {@value #MONTHS_ABOVE_FOR_EXIT} consecutive months.
 * The proposal is a work list: a person decides the exit on the file, with a reason — closes it as exited,
 * or rejects the proposal with a reason; until then the file is not paid (R-PAY-10).
 */
@Service
@Transactional
public class IncomeTracking {

    /** Consecutive months above the standard that make a household an exit candidate. */
    public static final int MONTHS_ABOVE_FOR_EXIT = 6;

    /** Months shown on a file's income tab. */
    public static final int MONTHS_SHOWN = 12;

    private final MonthlyIncomes incomes;
    private final HardshipFiles files;
    private final FileHistory history;
    private final AuditLog auditLog;
    private final Clock clock;

    public IncomeTracking(MonthlyIncomes incomes, HardshipFiles files, FileHistory history, AuditLog auditLog,
            Clock clock) {
        this.incomes = incomes;
        this.files = files;
        this.history = history;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Records (or corrects) a past or current month's household income of an approved file. */
    public void record(Actor actor, long fileId, YearMonth month, String householdIncome, Integer householdSize) {
        actor.requireAnyRole(Role.CLERK, Role.REVIEWER);
        HardshipFile file = reachable(actor, fileId);
        if (file.getStatus() != FileStatus.APPROVED) {
            throw new DomainException("income.fileNotApproved");
        }
        if (month == null) {
            throw DomainException.onField("month", "income.month.required");
        }
        if (month.isAfter(YearMonth.now(clock))) {
            throw DomainException.onField("month", "income.month.future");
        }
        Money income = Money.parse("householdIncome", householdIncome);
        if (householdSize == null || householdSize < 1 || householdSize > 30) {
            throw DomainException.onField("householdSize", "income.size.invalid");
        }
        incomes.save(fileId, month, income, householdSize, actor.userId(), clock.instant());
        auditLog.record(AuditEntry.success(actor, AuditAction.INCOME_MONTH_RECORD, "hardship_file", fileId,
                month.toString()));
    }

    @Transactional(readOnly = true)
    public List<MonthlyIncome> ofFile(Actor actor, long fileId) {
        reachable(actor, fileId);
        return incomes.ofFile(fileId, MONTHS_SHOWN);
    }

    /** The first of the months an exit proposal looks at today: the six full months before this one. */
    public YearMonth exitWindowStart() {
        return YearMonth.now(clock).minusMonths(MONTHS_ABOVE_FOR_EXIT);
    }

    /**
     * R-PAY-10 — an approver of a union reaching the file decides not to follow its exit proposal, with the
     * reason (the income was a one-off, the household is still in hardship…): the file may be paid again
     * until another six months above 低保 propose it anew. Accepting the proposal is closing the file as
     * exited ({@code FileRegistration.exit}).
     */
    public void rejectExitProposal(Actor actor, long fileId, String reason) {
        HardshipFile file = reachable(actor, fileId);
        actor.requireRole(Role.APPROVER);
        YearMonth window = exitWindowStart();
        if (incomes.proposedForExit(List.of(fileId), window, MONTHS_ABOVE_FOR_EXIT).isEmpty()) {
            throw new DomainException("income.exit.notProposed");
        }
        Map<String, String> before = FileSnapshot.of(file);
        file.rejectExitProposal(window.atDay(1), reason);
        history.record(new FileHistory.Entry(fileId, clock.instant(), actor.userId(), actor.loginName(),
                FileEvent.EXIT_REJECTED, FileSnapshot.changes(before, FileSnapshot.of(file)),
                file.getExitProposalRejection().getReason()));
        auditLog.record(AuditEntry.success(actor, AuditAction.FILE_EXIT_REJECT, "hardship_file", fileId,
                window.toString()));
    }

    /** Of these files, those proposed for exit today and not decided yet (R-PAY-10). */
    @Transactional(readOnly = true)
    public Set<Long> proposedForExit(Collection<Long> fileIds) {
        return fileIds.isEmpty() ? Set.of()
                : incomes.proposedForExit(fileIds, exitWindowStart(), MONTHS_ABOVE_FOR_EXIT);
    }

    /** Approved files of the actor's subtree proposed for exit, by union and name. */
    @Transactional(readOnly = true)
    public Page<FileSummary> exitCandidates(Actor actor, Pageable pageable) {
        return incomes.aboveStandardThroughout(actor.organisationPath(), exitWindowStart(), MONTHS_ABOVE_FOR_EXIT,
                pageable).map(id -> FileSummary.of(files.findById(id).orElseThrow()));
    }

    private HardshipFile reachable(Actor actor, long fileId) {
        HardshipFile file = files.findById(fileId).orElseThrow(() -> new NotFoundException("hardship file", fileId));
        actor.requireReach(file.getOrganisation().path());
        return file;
    }
}
