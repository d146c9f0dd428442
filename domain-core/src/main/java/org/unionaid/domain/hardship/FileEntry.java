package org.unionaid.domain.hardship;

import java.time.LocalDate;
import java.util.List;

import org.unionaid.domain.money.Money;

/**
 * What a clerk enters to open or revise a file, as typed (ID and card numbers are parsed and
 * checked by the use case; amounts are parsed by the form, which knows which field a typo is in).
 * {@code organisationId} is the employer's union; a revision keeps the union the file has.
 * <p>
 * A revision never shows clear numbers to re-type: a blank worker ID, member ID or card number
 * keeps the number the file has (for a member, the one at {@link MemberEntry#existingPosition}).
 */
public record FileEntry(long organisationId, String workerName, String workerIdNumber, List<MemberEntry> members,
        Finances finances, BankEntry bankAccount, Hardship hardship,
        WorkerDetails workerDetails, LocalDate appliedOn) {

    public FileEntry {
        members = members == null ? List.of() : List.copyOf(members);
        finances = finances == null ? Finances.none() : finances;
    }

    public FileEntry(long organisationId, String workerName, String workerIdNumber, List<MemberEntry> members,
            Finances finances, BankEntry bankAccount, Hardship hardship,
            WorkerDetails workerDetails) {
        this(organisationId, workerName, workerIdNumber, members, finances, bankAccount, hardship, workerDetails, null);
    }

    public FileEntry(long organisationId, String workerName, String workerIdNumber, List<MemberEntry> members) {
        this(organisationId, workerName, workerIdNumber, members, null, null, null, null);
    }

    public FileEntry(long organisationId, String workerName, String workerIdNumber, List<MemberEntry> members,
            Finances finances) {
        this(organisationId, workerName, workerIdNumber, members, finances, null, null, null);
    }

    public FileEntry(long organisationId, String workerName, String workerIdNumber, List<MemberEntry> members,
            Finances finances, BankEntry bankAccount, Hardship hardship) {
        this(organisationId, workerName, workerIdNumber, members, finances, bankAccount, hardship, null);
    }

    /** The card as typed; {@code null} as a whole when none is given yet. */
    public record BankEntry(Bank bank, String cardNumber, String holder) {
    }

    /**
     * One household member as typed: who, and — each optional — health, employment, yearly income
     * and the school attended; {@code existingPosition} is the member's place in the file being
     * revised ({@code null} for a new member).
     */
    public record MemberEntry(String name, Relation relation, String idNumber, String health,
            EmploymentStatus employment, Money yearlyIncome, SchoolLevel school, Integer existingPosition) {

        public MemberEntry(String name, Relation relation, String idNumber) {
            this(name, relation, idNumber, null, null, null, null, null);
        }
    }
}
