package org.unionaid.domain.hardship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.person.BankCardNumber;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.person.ResidentId;
import org.unionaid.domain.reference.MinimumLivingStandard;
import org.unionaid.domain.reference.MinimumLivingStandards;
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
    private final AuditLog auditLog;
    private final Clock clock;

    public FileRegistration(HardshipFiles files, Organisations organisations, PersonalDataProtector protector,
            FileHistory history, MinimumLivingStandards standards, AuditLog auditLog, Clock clock) {
        this.files = files;
        this.organisations = organisations;
        this.protector = protector;
        this.history = history;
        this.standards = standards;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A clerk opens a draft file in a base union of its subtree. */
    public HardshipFile open(Actor actor, NewFile command) {
        Organisation union = organisations.findById(command.organisationId())
                .orElseThrow(() -> new NotFoundException("organisation", command.organisationId()));
        actor.require(Role.CLERK, union.path());
        if (union.getType() != OrganisationType.BASE) {
            throw DomainException.onField("organisationId", "file.organisation.notBase");
        }
        LocalDate today = LocalDate.now(clock);
        requireText("workerName", command.workerName());
        ResidentId workerId = ResidentId.parse("workerIdNumber", command.workerIdNumber(), today);
        Map<ResidentId, String> fieldOf = new HashMap<>();
        fieldOf.put(workerId, "workerIdNumber");
        List<HouseholdMember> members = new ArrayList<>();
        for (int i = 0; i < command.members().size(); i++) {
            NewFile.NewMember member = command.members().get(i);
            String prefix = "members[" + i + "].";
            requireText(prefix + "name", member.name());
            if (member.relation() == null) {
                throw DomainException.onField(prefix + "relation", "NotNull");
            }
            ResidentId id = ResidentId.parse(prefix + "idNumber", member.idNumber(), today);
            if (fieldOf.putIfAbsent(id, prefix + "idNumber") != null) {
                throw DomainException.onField(prefix + "idNumber", "file.person.twiceInFile");
            }
            members.add(new HouseholdMember(member.name().strip(), member.relation(), ProtectedId.of(id, protector)));
        }
        BankAccount bankAccount = null;
        if (command.bankAccount() != null) {
            NewFile.NewBankAccount typed = command.bankAccount();
            bankAccount = BankAccount.of(typed.bank(), BankCardNumber.parse("bankCardNumber", typed.cardNumber()),
                    typed.holder(), command.workerName(), protector);
        }
        HardshipFile file = files.add(new HardshipFile(files.nextId(), union,
                new HardshipFile.Worker(command.workerName().strip(), ProtectedId.of(workerId, protector),
                        workerId.gender(), workerId.birthDate()),
                members, actor.userId()));
        file.payTo(bankAccount);
        if (command.hardship() != null) {
            file.describeHardship(command.hardship());
        }
        if (command.workerDetails() != null) {
            file.describeWorker(command.workerDetails());
        }
        file.recordFinances(command.finances());
        file.assess(today.getYear(), standards.applicable(union.getRegionCode(), today.getYear())
                .map(MinimumLivingStandard::figures));
        List<String> holders = files.claim(file.getId(), file.people());
        if (!holders.isEmpty()) {
            // Names the union that holds the person, never that file's personal data.
            throw new DomainException("file.person.activeElsewhere", holders.get(0));
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.FILE_OPEN, "hardship_file", file.getId(),
                "household of " + file.people().size()));
        remember(actor, file, FileEvent.OPENED, "status: → " + file.getStatus() + "; household: → "
                + file.people().size() + "; per head: → " + file.getMonthlyPerHead() + "; suggested: → "
                + file.getSuggestedCategory() + "; bank account: → " + Objects.toString(file.getBankAccount(), "none"), null);
        return file;
    }

    /** Files of the actor's subtree, newest first. */
    @Transactional(readOnly = true)
    public Page<FileSummary> search(Actor actor, FileFilter filter, Pageable pageable) {
        byte[] personIndex = filter.hasPersonKey() ? HexFormat.of().parseHex(filter.personKey()) : null;
        return files.search(actor.organisationPath(), filter.hasName() ? filter.name().strip() : null, personIndex,
                filter, pageable).map(FileSummary::of);
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

    @Transactional(readOnly = true)
    public HardshipFile view(Actor actor, long id) {
        HardshipFile file = load(id);
        actor.requireReach(file.getOrganisation().path());
        return file;
    }

    public HardshipFile submit(Actor actor, long id) {
        HardshipFile file = load(id);
        actor.require(Role.CLERK, file.getOrganisation().path());
        FileStatus before = file.getStatus();
        file.submit();
        auditLog.record(AuditEntry.success(actor, AuditAction.FILE_SUBMIT, "hardship_file", id, null));
        remember(actor, file, FileEvent.SUBMITTED, "status: " + before + " → " + file.getStatus(), null);
        return file;
    }

    public HardshipFile returnToClerk(Actor actor, long id, String reason) {
        HardshipFile file = load(id);
        actor.require(Role.REVIEWER, file.getOrganisation().path());
        FileStatus before = file.getStatus();
        file.returnToClerk(reason);
        auditLog.record(AuditEntry.success(actor, AuditAction.FILE_RETURN, "hardship_file", id, reason));
        remember(actor, file, FileEvent.RETURNED, "status: " + before + " → " + file.getStatus(),
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

    /** The reviewer confirms the suggested category or overrides it with a written reason. */
    public HardshipFile decideCategory(Actor actor, long id, HardshipCategory category, String reason) {
        HardshipFile file = load(id);
        actor.require(Role.REVIEWER, file.getOrganisation().path());
        HardshipCategory before = file.getConfirmedCategory();
        file.decideCategory(category, reason);
        remember(actor, file, FileEvent.CATEGORY_DECIDED, "category: " + (before == null ? "" : before + " ") + "→ "
                + category + " (suggested " + file.getSuggestedCategory() + ")", file.getCategoryReason());
        return file;
    }

    /** The file's timeline, newest first, for those who may see the file. */
    @Transactional(readOnly = true)
    public List<FileHistory.Entry> history(Actor actor, long id) {
        view(actor, id);
        return history.of(id);
    }

    private void remember(Actor actor, HardshipFile file, FileEvent event, String changes, String reason) {
        history.record(new FileHistory.Entry(file.getId(), clock.instant(), actor.userId(), actor.loginName(), event,
                changes, reason));
    }

    private HardshipFile load(long id) {
        return files.findById(id).orElseThrow(() -> new NotFoundException("hardship file", id));
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.onField(field, "NotBlank");
        }
    }
}
