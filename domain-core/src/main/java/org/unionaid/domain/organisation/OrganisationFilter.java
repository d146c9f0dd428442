package org.unionaid.domain.organisation;

/** Filters of the organisation list; {@code null} or blank means "any". */
public record OrganisationFilter(String text, OrganisationType type) {

    public static OrganisationFilter none() {
        return new OrganisationFilter(null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
