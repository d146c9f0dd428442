package org.unionaid.web.hardship;

import static org.unionaid.web.hardship.FileWorkerFields.isBlank;
import static org.unionaid.web.hardship.FileWorkerFields.plain;

import org.unionaid.domain.hardship.EmploymentStatus;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.HouseholdMember;
import org.unionaid.domain.hardship.Relation;
import org.unionaid.domain.hardship.SchoolLevel;
import org.unionaid.domain.money.Money;

/**
 * One household member row of the {@link FileForm}; {@code existing} is the member's place in the file
 * being revised, whose ID number a blank field keeps ({@code maskedId} shows which).
 */
public class MemberRow {

    private String name;
    private Relation relation;
    private String idNumber;
    private String health;
    private EmploymentStatus employment;
    private String yearlyIncome;
    private SchoolLevel school;
    private Integer existing;
    private String maskedId;

    static MemberRow of(HouseholdMember member, int position) {
        MemberRow row = new MemberRow();
        row.name = member.getName();
        row.relation = member.getRelation();
        row.health = member.getHealth();
        row.employment = member.getEmployment();
        row.yearlyIncome = plain(member.getYearlyIncome());
        row.school = member.getSchool();
        row.existing = position;
        row.maskedId = member.getIdNumber().masked();
        return row;
    }

    FileEntry.MemberEntry entry(String incomeField) {
        Money income = isBlank(yearlyIncome) ? null : Money.parse(incomeField, yearlyIncome);
        return new FileEntry.MemberEntry(name, relation, idNumber, health, employment, income, school, existing);
    }

    boolean isBlankRow() {
        return isBlank(name) && isBlank(idNumber) && relation == null;
    }

    public String getHealth() {
        return health;
    }

    public void setHealth(String health) {
        this.health = health;
    }

    public EmploymentStatus getEmployment() {
        return employment;
    }

    public void setEmployment(EmploymentStatus employment) {
        this.employment = employment;
    }

    public String getYearlyIncome() {
        return yearlyIncome;
    }

    public void setYearlyIncome(String yearlyIncome) {
        this.yearlyIncome = yearlyIncome;
    }

    public SchoolLevel getSchool() {
        return school;
    }

    public void setSchool(SchoolLevel school) {
        this.school = school;
    }

    public Integer getExisting() {
        return existing;
    }

    public void setExisting(Integer existing) {
        this.existing = existing;
    }

    public String getMaskedId() {
        return maskedId;
    }

    public void setMaskedId(String maskedId) {
        this.maskedId = isBlank(maskedId) ? null : maskedId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Relation getRelation() {
        return relation;
    }

    public void setRelation(Relation relation) {
        this.relation = relation;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }
}
