package org.unionaid.domain.hardship;

import java.util.Set;
import java.util.function.Consumer;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;

/**
 * Exporting the file list as it is filtered. Numbers are masked unless the exporter holds the
 * reveal permission; every export is in the audit log with its filters, its size and whether it
 * carried personal data in clear.
 */
@Service
public class FileExport {

    private final HardshipFiles files;
    private final Organisations organisations;
    private final PersonalDataProtector protector;
    private final AuditLog auditLog;

    public FileExport(HardshipFiles files, Organisations organisations, PersonalDataProtector protector,
            AuditLog auditLog) {
        this.files = files;
        this.organisations = organisations;
        this.protector = protector;
        this.auditLog = auditLog;
    }

    /** Hands every file of the filter to {@code sink}, in the list's order; returns how many. */
    @Transactional
    public int export(Actor actor, FileFilter filter, Sort sort, Consumer<ExportedFile> sink) {
        OrganisationPath scope = filter.scope(actor, organisations);
        boolean clear = actor.has(Role.PERSONAL_DATA_REVEAL);
        int[] count = {0};
        files.forEachMatching(scope, filter.namePrefix(), filter.personIndex(), filter, sort, file -> {
            sink.accept(exported(file, clear));
            count[0]++;
        });
        auditLog.record(AuditEntry.success(actor, AuditAction.FILE_EXPORT, "hardship_file", null,
                count[0] + " files, " + (clear ? "numbers in clear" : "masked") + ", filter " + describe(filter)));
        return count[0];
    }

    private ExportedFile exported(HardshipFile file, boolean clear) {
        BankAccount account = file.getBankAccount();
        HardshipCategory category = file.getConfirmedCategory() != null ? file.getConfirmedCategory()
                : file.getSuggestedCategory();
        Hardship hardship = file.hardship().orElse(null);
        return new ExportedFile(file.getId(), file.getWorkerName(),
                clear ? file.getWorkerId().reveal(protector) : file.getWorkerId().masked(), file.getGender(),
                file.getBirthDate(), file.getOrganisation().getName(), file.getStatus(), category,
                hardship == null ? null : hardship.mainCause(), hardship == null ? Set.of() : hardship.causes(),
                hardship == null ? Set.of() : hardship.needs(), hardship == null ? null : hardship.level(),
                file.people().size(), file.finances().yearlyIncome(), file.getAssessment().getMonthlyPerHead(),
                account == null ? null : account.getBank(),
                account == null ? null : clear ? account.revealCard(protector) : account.getCardMasked(),
                clear ? file.getWorkerDetails().getPhone() : null, file.getAppliedOn());
    }

    /** The filter as the audit log keeps it: which filters, never a person's number. */
    private static String describe(FileFilter filter) {
        return "name=" + (filter.hasName() ? "yes" : "") + " person=" + (filter.hasPersonKey() ? "yes" : "")
                + " status=" + filter.status() + " category=" + filter.category() + " cause=" + filter.cause()
                + " need=" + filter.need() + " union=" + filter.organisationId() + " ready=" + filter.campaignReady();
    }
}
