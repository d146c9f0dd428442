package org.unionaid.domain.organisation;

/** What an admin enters about a union; the tree position is given separately. */
public record OrganisationDetails(String code, String name, OrganisationType type, RegionCode regionCode,
        boolean runsAssistanceCentre, String contactPerson, String contactPhone) {
}
