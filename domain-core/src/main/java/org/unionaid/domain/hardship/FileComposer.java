package org.unionaid.domain.hardship;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.unionaid.domain.organisation.Regions;
import org.unionaid.domain.person.BankCardNumber;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.person.ResidentId;
import org.unionaid.domain.reference.MinimumLivingStandards;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.TextRules;

/**
 * Turns what a clerk entered into what a file records — ID and card numbers checked and sealed,
 * names and texts within their columns and free of invisible characters (R-PRIV-04, R-PRIV-05), reference data
 * looked up, the category suggested — the same way for the form, a revision and every row of an import. A plain object, not a bean: a refusal here is an answer to the caller,
 * not a reason to roll back the caller's transaction.
 */
final class FileComposer {

    /** What a person's health is written in: {@code health varchar(200)} of the worker and of each member. */
    private static final int HEALTH = 200;

    private final PersonalDataProtector protector;
    private final Regions regions;
    private final MinimumLivingStandards standards;

    FileComposer(PersonalDataProtector protector, Regions regions, MinimumLivingStandards standards) {
        this.protector = protector;
        this.regions = regions;
        this.standards = standards;
    }

    /**
     * The worker and the members as entered, each ID number checked and none twice in the file; a
     * blank number of a file being revised keeps the number it has.
     */
    Household household(FileEntry entry, LocalDate today, HardshipFile revised) {
        requireText("workerName", entry.workerName());
        String name = TextRules.name("workerName", entry.workerName().strip(), TextRules.PERSON_NAME);
        HardshipFile.Worker worker;
        if (revised != null && isBlank(entry.workerIdNumber())) {
            worker = new HardshipFile.Worker(name, revised.getWorkerId(), revised.getGender(), revised.getBirthDate());
        } else {
            ResidentId workerId = ResidentId.parse("workerIdNumber", entry.workerIdNumber(), today);
            worker = new HardshipFile.Worker(name, ProtectedId.of(workerId, protector), workerId.gender(),
                    workerId.birthDate());
        }
        Set<ByteBuffer> seen = new HashSet<>();
        seen.add(ByteBuffer.wrap(worker.idNumber().blindIndex()));
        List<HouseholdMember> members = new ArrayList<>();
        for (int i = 0; i < entry.members().size(); i++) {
            FileEntry.MemberEntry member = entry.members().get(i);
            String prefix = "members[" + i + "].";
            requireText(prefix + "name", member.name());
            TextRules.name(prefix + "name", member.name().strip(), TextRules.PERSON_NAME);
            TextRules.within(prefix + "health", member.health(), HEALTH);
            if (member.relation() == null) {
                throw DomainException.onField(prefix + "relation", "NotNull");
            }
            ProtectedId id = memberId(member, prefix + "idNumber", today, revised);
            if (!seen.add(ByteBuffer.wrap(id.blindIndex()))) {
                throw DomainException.onField(prefix + "idNumber", "file.person.twiceInFile");
            }
            members.add(new HouseholdMember(member.name().strip(), member.relation(), id, member.health(),
                    member.employment(), member.yearlyIncome(), member.school()));
        }
        return new Household(worker, members);
    }

    private ProtectedId memberId(FileEntry.MemberEntry member, String field, LocalDate today, HardshipFile revised) {
        Integer position = member.existingPosition();
        if (revised != null && isBlank(member.idNumber()) && position != null && position >= 0
                && position < revised.getMembers().size()) {
            return revised.getMembers().get(position).getIdNumber();
        }
        return ProtectedId.of(ResidentId.parse(field, member.idNumber(), today), protector);
    }

    record Household(HardshipFile.Worker worker, List<HouseholdMember> members) {
    }

    /**
     * Records the rest of the entry on the file and suggests its category again; a blank card number
     * keeps the card of {@code current} (the account the file had before this revision).
     */
    void record(HardshipFile file, FileEntry entry, Household household, LocalDate today, BankAccount current,
            ReferenceLookups lookups) {
        BankAccount bankAccount = null;
        FileEntry.BankEntry typed = entry.bankAccount();
        if (typed != null) {
            TextRules.name("bankHolder", typed.holder(), TextRules.PERSON_NAME);
        }
        if (typed != null && current != null && isBlank(typed.cardNumber())) {
            bankAccount = current.withBankAndHolder(typed.bank(), typed.holder(), household.worker().name());
        } else if (typed != null) {
            bankAccount = BankAccount.of(typed.bank(), BankCardNumber.parse("bankCardNumber", typed.cardNumber()),
                    typed.holder(), household.worker().name(), protector);
        }
        file.payTo(bankAccount);
        if (entry.hardship() != null) {
            file.describeHardship(entry.hardship());
        }
        if (entry.workerDetails() != null) {
            checkLengths(entry.workerDetails());
            String region = entry.workerDetails().getAddressRegion();
            if (region != null && !lookups.regionExists(region)) {
                throw DomainException.onField("addressRegion", "file.addressRegion.unknown");
            }
            file.describeWorker(entry.workerDetails());
        }
        file.recordFinances(entry.finances());
        file.recordApplication(entry.appliedOn(), today);
        file.assess(today.getYear(), lookups.standard(file.getOrganisation().getRegionCode(), today.getYear()));
    }

    /** R-PRIV-04 — the worker's particulars within their columns (V12), each refused on its own field. */
    private static void checkLengths(WorkerDetails details) {
        TextRules.within("phone", details.getPhone(), 20);
        TextRules.name("ethnicity", details.getEthnicity(), 20);
        TextRules.within("health", details.getHealth(), HEALTH);
        TextRules.within("address", details.getAddress(), 200);
    }

    /** Reference data remembered for one use case (one file, or every row of an import). */
    ReferenceLookups lookups() {
        return new ReferenceLookups(regions, standards);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static void requireText(String field, String value) {
        if (isBlank(value)) {
            throw DomainException.onField(field, "NotBlank");
        }
    }
}
