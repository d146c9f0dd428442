package org.unionaid.domain.hardship;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A person living on the household's income, besides the worker. */
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

    protected HouseholdMember() {
        // for JPA
    }

    public HouseholdMember(String name, Relation relation, ProtectedId idNumber) {
        this.name = name;
        this.relation = relation;
        this.idNumber = idNumber;
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
}
