package org.unionaid.domain.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Describes an edit as "field: old → new" pairs for the audit log. */
final class OrganisationChanges {

    private OrganisationChanges() {
    }

    static String describe(OrganisationDetails before, OrganisationDetails after) {
        List<String> changes = new ArrayList<>();
        add(changes, "code", before.code(), after.code());
        add(changes, "name", before.name(), after.name());
        add(changes, "type", before.type(), after.type());
        add(changes, "region", before.regionCode().value(), after.regionCode().value());
        add(changes, "assistanceCentre", before.runsAssistanceCentre(), after.runsAssistanceCentre());
        add(changes, "contactPerson", before.contactPerson(), after.contactPerson());
        add(changes, "contactPhone", before.contactPhone(), after.contactPhone());
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    private static void add(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + before + " → " + after);
        }
    }
}
