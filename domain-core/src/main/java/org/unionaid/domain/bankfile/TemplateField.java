package org.unionaid.domain.bankfile;

import java.util.EnumSet;
import java.util.Set;

/** What a template column holds, and in which kinds of line it may stand. */
public enum TemplateField {
    /** fixed text of the template (a record type, a title) */
    LITERAL(true, true),
    /** 1, 2, 3… in the file's order */
    SEQUENCE(false, true),
    /** the line's unique reference (业务参考号), which the bank echoes in its return file */
    REFERENCE(false, true),
    /** the clear card number: only ever written into the bank file */
    CARD_NUMBER(false, true),
    /** the card holder, who is the worker */
    ACCOUNT_NAME(false, true),
    AMOUNT(false, true),
    BANK_NAME(false, true),
    /** the batch's purpose: 送温暖慰问, 生活救助… */
    PURPOSE(false, true),
    /** the campaign's name */
    MEMO(false, true),
    /** the worker's ID number as masked everywhere (first six, last four) */
    ID_NUMBER_MASKED(false, true),
    /** UA + the batch number */
    BATCH_REFERENCE(true, false),
    /** the paying union */
    PAYER_NAME(true, false),
    /** the day the file was generated, yyyyMMdd */
    DATE(true, false),
    /** how many detail lines */
    COUNT(true, false),
    /** the sum of the detail lines' amounts */
    TOTAL(true, false);

    private final boolean inHeaderOrTrailer;
    private final boolean inDetail;

    TemplateField(boolean inHeaderOrTrailer, boolean inDetail) {
        this.inHeaderOrTrailer = inHeaderOrTrailer;
        this.inDetail = inDetail;
    }

    public boolean allowedIn(TemplateSection section) {
        return section == TemplateSection.DETAIL ? inDetail : inHeaderOrTrailer;
    }

    public boolean isAmount() {
        return this == AMOUNT || this == TOTAL;
    }

    public static Set<TemplateField> of(TemplateSection section) {
        Set<TemplateField> fields = EnumSet.noneOf(TemplateField.class);
        for (TemplateField field : values()) {
            if (field.allowedIn(section)) {
                fields.add(field);
            }
        }
        return fields;
    }
}
