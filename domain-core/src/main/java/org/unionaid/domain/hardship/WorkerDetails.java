package org.unionaid.domain.hardship;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.shared.DomainException;

/**
 * What else the file says about the worker: contact, household registration (and whether a
 * migrant worker, 农民工), employment, Party membership, model-worker level, disability grade
 * (0 for none, else 1–4), health and address (a division code and the rest). Phone and address are personal data: shown on the file page
 * only, never in lists.
 */
@Embeddable
public class WorkerDetails {

    private String phone;

    private String ethnicity;

    @Enumerated(EnumType.STRING)
    private HouseholdRegister householdRegister;

    private boolean migrantWorker;

    private boolean partyMember;

    @Enumerated(EnumType.STRING)
    private EmploymentStatus employmentStatus;

    @Enumerated(EnumType.STRING)
    private ModelWorkerLevel modelWorkerLevel;

    private Integer disabilityGrade;

    private String health;

    private String addressRegion;

    private String address;

    /** 工会会员: null while not recorded (R-ELIG-02). */
    private Boolean unionMember;

    /** The day the labour relationship with the employer began (农民工: at least a year, R-ELIG-03). */
    private LocalDate employedSince;

    protected WorkerDetails() {
        // for JPA
    }

    public WorkerDetails(String phone, String ethnicity, HouseholdRegister householdRegister, boolean migrantWorker,
            boolean partyMember, EmploymentStatus employmentStatus, ModelWorkerLevel modelWorkerLevel,
            Integer disabilityGrade, String health, String addressRegion, String address) {
        this(phone, ethnicity, householdRegister, migrantWorker, partyMember, employmentStatus, modelWorkerLevel,
                disabilityGrade, health, addressRegion, address, null, null);
    }

    public WorkerDetails(String phone, String ethnicity, HouseholdRegister householdRegister, boolean migrantWorker,
            boolean partyMember, EmploymentStatus employmentStatus, ModelWorkerLevel modelWorkerLevel,
            Integer disabilityGrade, String health, String addressRegion, String address, Boolean unionMember,
            LocalDate employedSince) {
        String digits = phone == null ? "" : phone.replaceAll("[\\s-]", "");
        if (!digits.isEmpty() && !digits.matches("1\\d{10}|0\\d{9,11}")) {
            throw DomainException.onField("phone", "file.phone.invalid");
        }
        if (disabilityGrade != null && (disabilityGrade < 0 || disabilityGrade > 4)) {
            throw DomainException.onField("disabilityGrade", "file.disability.range");
        }
        this.phone = digits.isEmpty() ? null : digits;
        this.ethnicity = blankToNull(ethnicity);
        this.householdRegister = householdRegister;
        this.migrantWorker = migrantWorker;
        this.partyMember = partyMember;
        this.employmentStatus = employmentStatus;
        this.modelWorkerLevel = modelWorkerLevel == null ? ModelWorkerLevel.NONE : modelWorkerLevel;
        this.disabilityGrade = disabilityGrade;
        this.health = blankToNull(health);
        String region = blankToNull(addressRegion);
        if (region != null && !RegionCode.isWellFormed(region)) {
            throw DomainException.onField("addressRegion", "file.addressRegion.invalid");
        }
        this.addressRegion = region;
        this.address = blankToNull(address);
        this.unionMember = unionMember;
        this.employedSince = employedSince;
    }

    /** The same details with membership and the labour relationship recorded. */
    public WorkerDetails withEmployment(Boolean member, LocalDate since) {
        return new WorkerDetails(phone, ethnicity, householdRegister, migrantWorker, partyMember, employmentStatus,
                modelWorkerLevel, disabilityGrade, health, addressRegion, address, member, since);
    }

    /** Nothing known yet beyond what the ID number says. */
    public static WorkerDetails none() {
        return new WorkerDetails(null, null, null, false, false, null, ModelWorkerLevel.NONE, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getPhone() {
        return phone;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public HouseholdRegister getHouseholdRegister() {
        return householdRegister;
    }

    public boolean isMigrantWorker() {
        return migrantWorker;
    }

    public boolean isPartyMember() {
        return partyMember;
    }

    public EmploymentStatus getEmploymentStatus() {
        return employmentStatus;
    }

    public ModelWorkerLevel getModelWorkerLevel() {
        return modelWorkerLevel;
    }

    public Integer getDisabilityGrade() {
        return disabilityGrade;
    }

    public String getHealth() {
        return health;
    }

    /** The division (GB/T 2260 code) the worker lives in, if given; its existence is checked by the use case. */
    public String getAddressRegion() {
        return addressRegion;
    }

    public Boolean getUnionMember() {
        return unionMember;
    }

    public LocalDate getEmployedSince() {
        return employedSince;
    }

    /** The address within the division: street, community, building. */
    public String getAddress() {
        return address;
    }
}
