package org.unionaid.domain.hardship;

import java.util.List;

/** What a clerk enters to open a file, as typed (ID numbers are parsed and checked by the use case). */
public record NewFile(long organisationId, String workerName, String workerIdNumber, List<NewMember> members) {

    public NewFile {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** One household member as typed. */
    public record NewMember(String name, Relation relation, String idNumber) {
    }
}
