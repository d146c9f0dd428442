package org.unionaid.web.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationDetails;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.RegionCode;

/** The create/edit form of a union. */
public class OrganisationForm {

    private Long parentId;

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9_-]*")
    private String code;

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    private OrganisationType type;

    @NotBlank
    @Pattern(regexp = "\\d{6}")
    private String regionCode;

    private boolean runsAssistanceCentre;

    @Size(max = 50)
    private String contactPerson;

    @Size(max = 30)
    @Pattern(regexp = "[0-9+() -]*")
    private String contactPhone;

    static OrganisationForm of(Organisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.parentId = organisation.getParentId();
        form.code = organisation.getCode();
        form.name = organisation.getName();
        form.type = organisation.getType();
        form.regionCode = organisation.getRegionCode().value();
        form.runsAssistanceCentre = organisation.isRunsAssistanceCentre();
        form.contactPerson = organisation.getContactPerson();
        form.contactPhone = organisation.getContactPhone();
        return form;
    }

    OrganisationDetails details() {
        return new OrganisationDetails(code.strip(), name.strip(), type, new RegionCode(regionCode), runsAssistanceCentre,
                blankToNull(contactPerson), blankToNull(contactPhone));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public boolean isRunsAssistanceCentre() {
        return runsAssistanceCentre;
    }

    public void setRunsAssistanceCentre(boolean runsAssistanceCentre) {
        this.runsAssistanceCentre = runsAssistanceCentre;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
