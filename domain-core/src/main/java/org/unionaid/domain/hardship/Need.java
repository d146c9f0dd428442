package org.unionaid.domain.hardship;

import java.util.EnumSet;
import java.util.Set;

/** What help the household needs (seed 002); medical aid asks for more documents. */
public enum Need {
    LIVING,
    MEDICAL,
    EDUCATION,
    EMPLOYMENT,
    PSYCHOLOGICAL,
    LEGAL;

    /** The documents this need adds to those every file needs. */
    public Set<AttachmentKind> requiredDocuments() {
        return this == MEDICAL ? EnumSet.of(AttachmentKind.HOSPITAL_DIAGNOSIS, AttachmentKind.INPATIENT_RECEIPT)
                : EnumSet.noneOf(AttachmentKind.class);
    }
}
