package org.unionaid.domain.funds;

/** Who gave a donation: a unit (an enterprise, an office, a union in the tree or outside it) or a person. */
public enum DonorKind {
    UNIT,
    PERSON
}
