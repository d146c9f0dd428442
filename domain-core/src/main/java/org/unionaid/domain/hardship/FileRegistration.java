package org.unionaid.domain.hardship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.UnionInReach;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.Region;
import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.organisation.Regions;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.person.ResidentId;
import org.unionaid.domain.reference.MinimumLivingStandard;
import org.unionaid.domain.reference.MinimumLivingStandards;
import org.unionaid.domain.reference.StandardFigures;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Opening files (建档) and the first steps of their life cycle. Every person of a new file is
 * checked against every active file in the system: one active file per household.
 */
@Service
@Transactional
public class FileRegistration {

    private final HardshipFiles files;
    private final Organisations organisations;
    private final PersonalDataProtector protector;
    private final FileHistory history;
    private final MinimumLivingStandards standards;
    private final Regions regions;
    private final FileComposer composer;
    private final CardClaims cards;
    private final AuditLog auditLog;
    private final Clock clock;

    public FileRegistration(HardshipFiles files, Organisations organisations, PersonalDataProtector protector,
            FileHistory history, MinimumLivingStandards standards, Regions regions, AuditLog auditLog, Clock clock) {
        this.files = files;
        this.organisations = organisations;
        this.protector = protector;
        this.history = history;
        this.standards = standards;
        this.regions = regions;
        this.composer = new FileComposer(protector, regions, standards);
        this.cards = new CardClaims(files);
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A clerk opens a draft file in a base union of its subtree. */
    public HardshipFile open(Actor actor, FileEntry entry) {
        Organisation union = organisations.findById(entry.organisationId())
                .orElseThrow(() -> new NotFoundException("organisation", entry.organisationId()));
        actor.require(Role.CLERK, union.path());
        if (union.getType() != OrganisationType.BASE) {
            throw DomainException.onField("organisationId", "file.organisation.notBase");
        }
        LocalDate today = LocalDate.now(clock);
        FileComposer.Household household = composer.household(entry, today, null);
        HardshipFile file = files.add(new HardshipFile(files.nextId(), union, household.worker(), household.members(),
                actor.userId()));
        composer.record(file, entry, household, today, null, composer.lookups());
        claimPeople(file);
        cards.claim(file);
        auditLog.record(AuditEntry.success(actor, AuditAction.FILE_OPEN, "hardship_file", file.getId(),
                "household of " + file.people().size()));
        remember(actor, file, FileEvent.OPENED, FileSnapshot.changes(Map.of(), FileSnapshot.of(file)), null);
        return file;
    }

    /**
     * The clerk corrects a draft or a returned file. Every changed field goes to the history, old →
     * new; a returned file, or any change of the card money is paid to, needs a written reason.
     */
    public HardshipFile revise(Actor actor, long id, FileEntry entry, String reason) {
        HardshipFile file = load(id);
        actor.require(Role.CLERK, file.getOrganisation().path());
        if (!file.isEditable()) {
            throw new DomainException("file.transition.notAllowed", file.getStatus());
        }
        return rewrite(actor, file, entry, reason, FileEvent.REVISED);
    }

    /**
     * The yearly re-verification of an approved file (动态管理) by a clerk or reviewer of its subtree:
     * the household and income as found now, the category suggested again, the file verified today.
     * A note on what was checked is required; the history records it with the changes.
     */
    public HardshipFile reverify(Actor actor, long id, FileEntry entry, String note) {
        HardshipFile file = load(id);
        actor.requireAnyRole(Role.CLERK, Role.REVIEWER);
        actor.requireReach(file.getOrganisation().path());
        if (file.getStatus() != FileStatus.APPROVED) {
            throw new DomainException("file.transition.notAllowed", file.getStatus());
        }
        if (note == null || note.isBlank()) {
            throw DomainException.onField("reason", "file.reverify.noteRequired");
        }
        return rewrite(actor, file, entry, note, FileEvent.REVERIFIED);
    }

    /** An approved file the actor may re-verify: a clerk or reviewer of its subtree. */
    @Transactional(readOnly = true)
    public HardshipFile forReverification(Actor actor, long id) {
        HardshipFile file = load(id);
        actor.requireAnyRole(Role.CLERK, Role.REVIEWER);
        actor.requireReach(file.getOrganisation().path());
        if (file.getStatus() != FileStatus.APPROVED) {
            throw new DomainException("file.transition.notAllowed", file.getStatus());
        }
        return file;
    }

    /** Due for the yearly re-verification: approved files of the actor's subtree verified a year ago or more. */
    @Transactional(readOnly = true)
    public Page<FileSummary> dueForReverification(Actor actor, Pageable pageable) {
        return files.dueForReverification(actor.organisationPath(), LocalDate.now(clock).minusYears(1), pageable)
                .map(FileSummary::of);
    }

    /** A revision or re-verification: the entry recorded, the changes remembered, people and card claimed again. */
    private HardshipFile rewrite(Actor actor, HardshipFile file, FileEntry entry, String reason, FileEvent event) {
        Map<String, String> before = FileSnapshot.of(file);
        List<ProtectedId> peopleBefore = file.people();
        byte[] cardBefore = CardClaims.cardOf(file);
        Set<ExclusionFlag> exclusionsBefore = file.finances().exclusions();
        LocalDate today = LocalDate.now(clock);
        FileComposer.Household household = composer.household(entry, today, file);
        if (event == FileEvent.REVERIFIED) {
            file.reverify(household.worker(), household.members(), today);
        } else {
            file.revise(household.worker(), household.members());
        }
        composer.record(file, entry, household, today, file.getBankAccount(), composer.lookups());
        List<FieldChange> changes = FileSnapshot.changes(before, FileSnapshot.of(file));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        // R-ELIG-01: taking an exclusion off a file is a revision with a reason, like a change of card.
        boolean exclusionRemoved = !file.finances().exclusions().containsAll(exclusionsBefore);
        boolean needsReason = file.getStatus() == FileStatus.RETURNED || exclusionRemoved
                || changes.stream().anyMatch(FieldChange::bankAccount);
        if (why == null && needsReason && !changes.isEmpty()) {
            throw DomainException.onField("reason", "file.revise.reasonRequired");
        }
        if (changes.isEmpty()) {
            return file;
        }
        files.releaseClaims(file.getId(), peopleBefore);
        claimPeople(file);
        cards.claimAgain(file, cardBefore);
        auditLog.record(AuditEntry.success(actor, event == FileEvent.REVERIFIED ? AuditAction.FILE_REVERIFY
                : AuditAction.FILE_REVISE, "hardship_file", file.getId(), changes.size() + " fields"));
        remember(actor, file, event, changes, why);
        return file;
    }

    /**
     * R-FILE-01 — claims every person of the file, refused with the union that already holds one of them; the
     * primary key of {@code active_person_claim} decides between two clerks filing the same person at once.
     */
    private void claimPeople(HardshipFile file) {
        List<String> holders = files.claim(file.getId(), file.people());
        if (!holders.isEmpty()) {
            // Names the union that holds the person, never that file's personal data.
            throw new DomainException("file.person.activeElsewhere", holders.get(0));
        }
    }

    /**
     * Files of the actor's subtree, or of the subtree of the union the filter names (which must lie
     * in the actor's), in the order {@code pageable} asks for (newest first by default).
     */
    @Transactional(readOnly = true)
    public Page<FileSummary> search(Actor actor, FileFilter filter, Pageable pageable) {
        return files.summaries(filter.scope(actor, organisations), filter.namePrefix(), filter.personIndex(), filter,
                pageable);
    }

    /**
     * The federations of the actor's subtree (the actor's own union first), to narrow the file list
     * to one of them; base unions are left out, there are too many of them for a list.
     */
    @Transactional(readOnly = true)
    public List<UnionInReach> unionsInReach(Actor actor) {
        return organisations.federations(actor.organisationPath(), actor.organisationId());
    }

    /**
     * The key that finds a person's files: the hex blind index of the typed ID number, refused with
     * the reason when the number is not valid.
     */
    public String personKey(String idNumber) {
        ResidentId id = ResidentId.parse("idNumber", idNumber, LocalDate.now(clock));
        return HexFormat.of().formatHex(protector.blindIndex(PersonalDataProtector.Purpose.RESIDENT_ID, id.value()));
    }

    /** Base unions of the actor's subtree, where the actor may open files. */
    @Transactional(readOnly = true)
    public List<Organisation> unionsForFiling(Actor actor) {
        actor.requireRole(Role.CLERK);
        return organisations.subtree(actor.organisationPath()).stream()
                .filter(o -> o.getType() == OrganisationType.BASE)
                .toList();
    }

    /**
     * The category the system would suggest for a household of {@code householdSize} with these
     * finances, filed in union {@code organisationId} — for the form to show while the clerk types.
     * Nothing is stored.
     */
    @Transactional(readOnly = true)
    public SuggestionPreview preview(Actor actor, Long organisationId, Finances finances,
            int householdSize) {
        actor.requireRole(Role.CLERK);
        if (organisationId == null) {
            throw DomainException.onField("organisationId", "NotNull");
        }
        Organisation union = organisations.findById(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation", organisationId));
        actor.require(Role.CLERK, union.path());
        int year = LocalDate.now(clock).getYear();
        if (finances.yearlyIncome() == null) {
            return new SuggestionPreview(null, null, null, year, "category.reason.noIncome");
        }
        HouseholdIncome income = new HouseholdIncome(finances.yearlyIncome(), finances.rigidSpending(),
                Math.max(1, householdSize));
        Optional<StandardFigures> standard = standards.applicable(union.getRegionCode(), year)
                .map(MinimumLivingStandard::figures);
        if (standard.isEmpty()) {
            return new SuggestionPreview(null, income.monthlyPerHead(), null, year, "category.reason.noStandard");
        }
        CategorySuggestion suggestion = CategorySuggestion.suggest(income, standard.get(), finances.accidentCosts(),
                finances.exclusions());
        return new SuggestionPreview(suggestion.category(), suggestion.monthlyPerHead(),
                standard.get().monthlyAmount(), year, suggestion.reasonKey());
    }

    /** A file the actor may revise now: a clerk of its subtree, the file a draft or returned. */
    @Transactional(readOnly = true)
    public HardshipFile forRevision(Actor actor, long id) {
        HardshipFile file = load(id);
        actor.require(Role.CLERK, file.getOrganisation().path());
        if (!file.isEditable()) {
            throw new DomainException("file.transition.notAllowed", file.getStatus());
        }
        return file;
    }

    /** Divisions to offer for a worker's address: those of the province of the actor's union. */
    @Transactional(readOnly = true)
    public List<Region> regionsNear(Actor actor) {
        return organisations.findById(actor.organisationId())
                .map(union -> regions.inProvinceOf(union.getRegionCode()))
                .orElse(List.of());
    }

    /** Divisions to offer for the address of the worker of {@code file}: its union's province. */
    @Transactional(readOnly = true)
    public List<Region> regionsOf(HardshipFile file) {
        return regions.inProvinceOf(file.getOrganisation().getRegionCode());
    }

    /** The full name of a division, e.g. "浙江省 杭州市 西湖区"; empty for none or an unknown code. */
    @Transactional(readOnly = true)
    public String regionName(String code) {
        return RegionCode.isWellFormed(code) ? regions.nameOf(new RegionCode(code)).orElse("") : "";
    }

    @Transactional(readOnly = true)
    public HardshipFile view(Actor actor, long id) {
        HardshipFile file = load(id);
        actor.requireReach(file.getOrganisation().path());
        return file;
    }

    public HardshipFile submit(Actor actor, long id) {
        HardshipFile file = load(id);
        actor.require(Role.CLERK, file.getOrganisation().path());
        Map<String, String> before = FileSnapshot.of(file);
        file.submit();
        auditLog.record(AuditEntry.success(actor, AuditAction.FILE_SUBMIT, "hardship_file", id, null));
        remember(actor, file, FileEvent.SUBMITTED, FileSnapshot.changes(before, FileSnapshot.of(file)), null);
        return file;
    }

    public HardshipFile returnToClerk(Actor actor, long id, String reason) {
        HardshipFile file = load(id);
        actor.require(Role.REVIEWER, file.getOrganisation().path());
        Map<String, String> before = FileSnapshot.of(file);
        file.returnToClerk(reason);
        auditLog.record(AuditEntry.success(actor, AuditAction.FILE_RETURN, "hardship_file", id, reason));
        remember(actor, file, FileEvent.RETURNED, FileSnapshot.changes(before, FileSnapshot.of(file)),
                file.getReturnReason());
        return file;
    }

    /**
     * Reveals one person's full ID number — the worker ({@code person} 0) or a household member
     * (1, 2, …) — to a user holding the permission, for a written reason. The reveal goes to the
     * audit log with the reason; the number itself never does.
     */
    @Transactional
    public String reveal(Actor actor, long id, int person, String reason) {
        HardshipFile file = load(id);
        actor.require(Role.PERSONAL_DATA_REVEAL, file.getOrganisation().path());
        if (reason == null || reason.strip().length() < 4) {
            throw DomainException.onField("reason", "reveal.reasonRequired");
        }
        List<ProtectedId> people = file.people();
        if (person < 0 || person >= people.size()) {
            throw new NotFoundException("person of hardship file " + id, person);
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.PERSONAL_DATA_REVEAL, "hardship_file", id,
                (person == 0 ? "worker" : "member " + person) + " ID number: " + reason.strip()));
        return people.get(person).reveal(protector);
    }

    /**
     * Closes an approved file as out of hardship (an approver of a union above it), releasing its
     * people and its card: they may be filed again, and the file can receive no more money.
     */
    public HardshipFile exit(Actor actor, long id, ExitReason reason, String note) {
        HardshipFile file = load(id);
        actor.require(Role.APPROVER, file.getOrganisation().path());
        List<ProtectedId> people = file.people();
        Map<String, String> before = FileSnapshot.of(file);
        file.exit(reason, note, LocalDate.now(clock));
        files.releaseClaims(id, people);
        cards.release(id, CardClaims.cardOf(file));
        auditLog.record(AuditEntry.success(actor, AuditAction.FILE_EXIT, "hardship_file", id, reason.name()));
        remember(actor, file, FileEvent.EXITED, FileSnapshot.changes(before, FileSnapshot.of(file)), file.getClosing().getClosingNote());
        return file;
    }

    /** Cancels an open file (an approver above it, or the reviewer of its union), releasing its people and card. */
    public HardshipFile cancel(Actor actor, long id, String note) {
        HardshipFile file = load(id);
        actor.requireAnyRole(Role.APPROVER, Role.REVIEWER);
        actor.requireReach(file.getOrganisation().path());
        List<ProtectedId> people = file.people();
        Map<String, String> before = FileSnapshot.of(file);
        file.cancel(note, LocalDate.now(clock));
        files.releaseClaims(id, people);
        cards.release(id, CardClaims.cardOf(file));
        auditLog.record(AuditEntry.success(actor, AuditAction.FILE_CANCEL, "hardship_file", id, null));
        remember(actor, file, FileEvent.CANCELLED, FileSnapshot.changes(before, FileSnapshot.of(file)),
                file.getClosing().getClosingNote());
        return file;
    }

    /** A reviewer or approver of the file's subtree records the civil-affairs income check. */
    public HardshipFile recordIncomeCheck(Actor actor, long id, LocalDate checkedOn, IncomeCheckResult result,
            String reference) {
        HardshipFile file = load(id);
        actor.requireReach(file.getOrganisation().path());
        actor.requireAnyRole(Role.REVIEWER, Role.APPROVER);
        Map<String, String> before = FileSnapshot.of(file);
        file.recordIncomeCheck(checkedOn, result, reference, LocalDate.now(clock), clock.instant());
        remember(actor, file, FileEvent.INCOME_CHECKED, FileSnapshot.changes(before, FileSnapshot.of(file)), null);
        return file;
    }

    /** The file's timeline, newest first, for those who may see the file. */
    @Transactional(readOnly = true)
    public List<FileHistory.Entry> history(Actor actor, long id) {
        view(actor, id);
        return history.of(id);
    }

    private void remember(Actor actor, HardshipFile file, FileEvent event, List<FieldChange> changes, String reason) {
        history.record(new FileHistory.Entry(file.getId(), clock.instant(), actor.userId(), actor.loginName(), event,
                changes, reason));
    }

    private HardshipFile load(long id) {
        return files.findById(id).orElseThrow(() -> new NotFoundException("hardship file", id));
    }
}
