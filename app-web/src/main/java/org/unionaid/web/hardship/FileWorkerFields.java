package org.unionaid.web.hardship;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.unionaid.domain.hardship.EmploymentStatus;
import org.unionaid.domain.hardship.HouseholdRegister;
import org.unionaid.domain.hardship.ModelWorkerLevel;
import org.unionaid.domain.hardship.WorkerDetails;
import org.unionaid.domain.money.Money;

/**
 * The worker's own particulars on the file form (the 本人情况 fieldset beyond name and ID number),
 * read into and out of {@link WorkerDetails}. The base of {@link FileForm}: see there why its parts
 * are superclasses.
 */
public abstract class FileWorkerFields {

    private String phone;

    private String ethnicity = "汉族";

    private HouseholdRegister householdRegister;

    private boolean migrantWorker;

    private boolean partyMember;

    /** 工会会员: a new file asks, so the default is a member; unticking records "not a member". */
    private boolean unionMember = true;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate employedSince;

    private EmploymentStatus employmentStatus;

    private ModelWorkerLevel modelWorkerLevel = ModelWorkerLevel.NONE;

    private Integer disabilityGrade;

    private String health;

    private String address;

    private String addressRegion;

    /** Fills these fields from a file's particulars, to revise it. */
    void takeWorkerDetails(WorkerDetails details) {
        phone = details.getPhone();
        ethnicity = details.getEthnicity();
        householdRegister = details.getHouseholdRegister();
        migrantWorker = details.isMigrantWorker();
        partyMember = details.isPartyMember();
        unionMember = Boolean.TRUE.equals(details.getUnionMember());
        employedSince = details.getEmployedSince();
        employmentStatus = details.getEmploymentStatus();
        modelWorkerLevel = details.getModelWorkerLevel();
        disabilityGrade = details.getDisabilityGrade();
        health = details.getHealth();
        addressRegion = details.getAddressRegion();
        address = details.getAddress();
    }

    WorkerDetails workerDetails() {
        return new WorkerDetails(phone, ethnicity, householdRegister, migrantWorker, partyMember, employmentStatus,
                modelWorkerLevel, disabilityGrade, health, addressRegion, address, unionMember, employedSince);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** An amount as the form shows it again: digits and a point, no grouping. */
    static String plain(Money money) {
        return money == null ? null : money.toBigDecimal().toPlainString();
    }

    public String getAddressRegion() {
        return addressRegion;
    }

    public void setAddressRegion(String addressRegion) {
        this.addressRegion = addressRegion;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public HouseholdRegister getHouseholdRegister() {
        return householdRegister;
    }

    public void setHouseholdRegister(HouseholdRegister householdRegister) {
        this.householdRegister = householdRegister;
    }

    public boolean isMigrantWorker() {
        return migrantWorker;
    }

    public void setMigrantWorker(boolean migrantWorker) {
        this.migrantWorker = migrantWorker;
    }

    public boolean isPartyMember() {
        return partyMember;
    }

    public void setPartyMember(boolean partyMember) {
        this.partyMember = partyMember;
    }

    public boolean isUnionMember() {
        return unionMember;
    }

    public void setUnionMember(boolean unionMember) {
        this.unionMember = unionMember;
    }

    public LocalDate getEmployedSince() {
        return employedSince;
    }

    public void setEmployedSince(LocalDate employedSince) {
        this.employedSince = employedSince;
    }

    public EmploymentStatus getEmploymentStatus() {
        return employmentStatus;
    }

    public void setEmploymentStatus(EmploymentStatus employmentStatus) {
        this.employmentStatus = employmentStatus;
    }

    public ModelWorkerLevel getModelWorkerLevel() {
        return modelWorkerLevel;
    }

    public void setModelWorkerLevel(ModelWorkerLevel modelWorkerLevel) {
        this.modelWorkerLevel = modelWorkerLevel;
    }

    public Integer getDisabilityGrade() {
        return disabilityGrade;
    }

    public void setDisabilityGrade(Integer disabilityGrade) {
        this.disabilityGrade = disabilityGrade;
    }

    public String getHealth() {
        return health;
    }

    public void setHealth(String health) {
        this.health = health;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
