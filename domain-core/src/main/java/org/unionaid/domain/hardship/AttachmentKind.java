package org.unionaid.domain.hardship;

import java.util.EnumSet;
import java.util.Set;

/** What a supporting document is (seed 003). */
public enum AttachmentKind {
    /** 书面申请 */
    APPLICATION,
    /** 身份证复印件 */
    ID_COPY,
    /** 户口簿复印件 */
    HOUSEHOLD_REGISTER,
    /** 困难证明材料 */
    HARDSHIP_PROOF,
    /** 县级以上医院诊断证明 (medical aid) */
    HOSPITAL_DIAGNOSIS,
    /** 近两年住院结算单据 (medical aid) */
    INPATIENT_RECEIPT,
    /** 意外事件证明及费用单据 (the 意外致困 path, R-CAT-03) */
    ACCIDENT_PROOF,
    OTHER;

    /** Every file needs these; medical aid adds the diagnosis and the in-patient receipts. */
    public static final Set<AttachmentKind> ALWAYS_REQUIRED = EnumSet.of(APPLICATION, ID_COPY,
            HOUSEHOLD_REGISTER, HARDSHIP_PROOF);

    /** The documents a file with these needs must hold: those of every file, and those of each need. */
    public static Set<AttachmentKind> requiredFor(Set<Need> needs) {
        Set<AttachmentKind> required = EnumSet.copyOf(ALWAYS_REQUIRED);
        needs.forEach(need -> required.addAll(need.requiredDocuments()));
        return required;
    }
}
