package org.unionaid.domain.hardship;

import java.util.List;

/**
 * What a clerk enters to open a file, as typed (ID numbers are parsed and checked by the use case;
 * amounts are parsed by the form, which knows which field a typo is in).
 */
public record NewFile(long organisationId, String workerName, String workerIdNumber, List<NewMember> members,
        HardshipFile.Finances finances, NewBankAccount bankAccount, HardshipFile.Hardship hardship,
        WorkerDetails workerDetails) {

    public NewFile {
        members = members == null ? List.of() : List.copyOf(members);
        finances = finances == null ? HardshipFile.Finances.none() : finances;
    }

    public NewFile(long organisationId, String workerName, String workerIdNumber, List<NewMember> members) {
        this(organisationId, workerName, workerIdNumber, members, null, null, null, null);
    }

    public NewFile(long organisationId, String workerName, String workerIdNumber, List<NewMember> members,
            HardshipFile.Finances finances) {
        this(organisationId, workerName, workerIdNumber, members, finances, null, null, null);
    }

    public NewFile(long organisationId, String workerName, String workerIdNumber, List<NewMember> members,
            HardshipFile.Finances finances, NewBankAccount bankAccount, HardshipFile.Hardship hardship) {
        this(organisationId, workerName, workerIdNumber, members, finances, bankAccount, hardship, null);
    }

    /** The card as typed; {@code null} as a whole when none is given yet. */
    public record NewBankAccount(Bank bank, String cardNumber, String holder) {
    }

    /** One household member as typed. */
    public record NewMember(String name, Relation relation, String idNumber) {
    }
}
