package org.unionaid.domain.hardship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.reference.MinimumLivingStandard;
import org.unionaid.domain.reference.MinimumLivingStandards;
import org.unionaid.domain.reference.StandardFigures;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.MakerChecker;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Deciding a file's category (分梯度): the reviewer of its union decides — the suggestion, or a lower tier
 * with a reason — and a decision above what the recorded figures support (R-CAT-02) waits for an approver
 * of a higher union to confirm it with a written reason. An exclusion allows no eligible category at all
 * (R-ELIG-01). Both steps show on the file and in its history.
 */
@Service
@Transactional
public class CategoryReview {

    private final HardshipFiles files;
    private final MinimumLivingStandards standards;
    private final Attachments attachments;
    private final FileHistory history;
    private final AuditLog auditLog;
    private final Clock clock;

    public CategoryReview(HardshipFiles files, MinimumLivingStandards standards, Attachments attachments,
            FileHistory history, AuditLog auditLog, Clock clock) {
        this.files = files;
        this.standards = standards;
        this.attachments = attachments;
        this.history = history;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The reviewer of the file's union decides the category. */
    public HardshipFile decide(Actor actor, long id, HardshipCategory category, String reason) {
        HardshipFile file = load(id);
        actor.require(Role.REVIEWER, file.getOrganisation().path());
        if (category != null) {
            CategoryRules.excluded(category, file.finances().exclusions()).ifPresent(refusal -> {
                throw refusal.onField("category");
            });
        }
        boolean aboveIncome = category != null && !CategoryRules.supports(category, evidence(file));
        Map<String, String> before = FileSnapshot.of(file);
        file.decideCategory(category, reason, aboveIncome, actor.userId(), clock.instant());
        remember(actor, file, FileEvent.CATEGORY_DECIDED, before, file.getCategoryDecision().getReason());
        auditLog.record(AuditEntry.success(actor, AuditAction.FILE_CATEGORY_DECIDE, "hardship_file", id,
                category + (aboveIncome ? " above income" : "")));
        return file;
    }

    /**
     * An approver of a union above the file's confirms a category decided above what the income supports,
     * with a written reason; whoever decided it cannot confirm it.
     */
    public HardshipFile confirm(Actor actor, long id, String reason) {
        HardshipFile file = load(id);
        actor.require(Role.APPROVER, file.getOrganisation().path());
        if (actor.organisationPath().equals(file.getOrganisation().path())) {
            throw new DomainException("file.category.confirmBelongsAbove");
        }
        Long decider = file.getCategoryDecision().getDecidedBy();
        MakerChecker.require(decider == null ? List.of() : List.of(decider), actor.userId(),
                "file.category.confirmMakerChecker");
        Map<String, String> before = FileSnapshot.of(file);
        file.confirmCategory(reason, actor.userId(), clock.instant());
        remember(actor, file, FileEvent.CATEGORY_CONFIRMED, before, file.getCategoryDecision().getConfirmation());
        auditLog.record(AuditEntry.success(actor, AuditAction.FILE_CATEGORY_CONFIRM, "hardship_file", id,
                String.valueOf(file.getConfirmedCategory())));
        return file;
    }

    /** What the file's recorded figures are judged by: its income, the 低保 in force when it was assessed. */
    @Transactional(readOnly = true)
    public CategoryRules.Evidence evidence(HardshipFile file) {
        int year = file.getAssessment().getAssessedYear() == null ? LocalDate.now(clock).getYear() : file.getAssessment().getAssessedYear();
        Optional<StandardFigures> standard = standards.applicable(file.getOrganisation().getRegionCode(), year)
                .map(MinimumLivingStandard::figures);
        Finances finances = file.finances();
        boolean proof = attachments.kindsOf(List.of(file.getId())).getOrDefault(file.getId(), Set.of())
                .contains(AttachmentKind.ACCIDENT_PROOF);
        return new CategoryRules.Evidence(file.income(), standard, finances.accidentCosts(),
                file.hardship().map(Hardship::causes).orElse(Set.of()), finances.exclusions(),
                proof);
    }

    private void remember(Actor actor, HardshipFile file, FileEvent event, Map<String, String> before, String reason) {
        history.record(new FileHistory.Entry(file.getId(), clock.instant(), actor.userId(), actor.loginName(), event,
                FileSnapshot.changes(before, FileSnapshot.of(file)), reason));
    }

    private HardshipFile load(long id) {
        return files.findById(id).orElseThrow(() -> new NotFoundException("hardship file", id));
    }
}
