package org.unionaid.domain.hardship;

import java.math.BigDecimal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.unionaid.domain.money.Money;

/**
 * A person living on the household's income, besides the worker: who, and what the review asks of
 * each (health, employment, own income, school).
 */
@Embeddable
public class HouseholdMember {

    private String name;

    @Enumerated(EnumType.STRING)
    private Relation relation;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sealed", column = @Column(name = "id_sealed")),
            @AttributeOverride(name = "blindIndex", column = @Column(name = "id_index")),
            @AttributeOverride(name = "masked", column = @Column(name = "id_masked"))})
    private ProtectedId idNumber;

    private String health;

    @Enumerated(EnumType.STRING)
    private EmploymentStatus employment;

    private BigDecimal yearlyIncome;

    @Enumerated(EnumType.STRING)
    private SchoolLevel school;

    protected HouseholdMember() {
        // for JPA
    }

    public HouseholdMember(String name, Relation relation, ProtectedId idNumber) {
        this(name, relation, idNumber, null, null, null, null);
    }

    public HouseholdMember(String name, Relation relation, ProtectedId idNumber, String health,
            EmploymentStatus employment, Money yearlyIncome, SchoolLevel school) {
        this.name = name;
        this.relation = relation;
        this.idNumber = idNumber;
        this.health = health == null || health.isBlank() ? null : health.strip();
        this.employment = employment;
        this.yearlyIncome = yearlyIncome == null ? null : yearlyIncome.toBigDecimal();
        this.school = school;
    }

    public String getName() {
        return name;
    }

    public Relation getRelation() {
        return relation;
    }

    public ProtectedId getIdNumber() {
        return idNumber;
    }

    public String getHealth() {
        return health;
    }

    public EmploymentStatus getEmployment() {
        return employment;
    }

    public Money getYearlyIncome() {
        return yearlyIncome == null ? null : Money.of(yearlyIncome);
    }

    public SchoolLevel getSchool() {
        return school;
    }

    /** A student is a member with a school. */
    public boolean isStudent() {
        return school != null;
    }
}
