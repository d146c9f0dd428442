package org.unionaid.web.shared;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.unionaid.domain.shared.TextRules;

/**
 * R-PRIV-04 in the browser: the {@code maxlength} of the fields the shared form fragment
 * ({@code fragments/forms :: textField}) draws, by the field's label key — the same number as the column's
 * {@code varchar(n)} and the use case's check, so that what the browser lets through the server takes. Fields
 * written out in a template carry their {@code maxlength} themselves; {@code FormLimitsTest} holds every text
 * field of every template to having one.
 */
@Component("formLimits")
public class FormLimits {

    /** An amount as typed: twelve digits of yuan, the fen, grouping commas and 元. */
    public static final int AMOUNT = 20;

    /** A password: bcrypt reads 72 bytes at most. */
    public static final int PASSWORD = 64;

    private static final Map<String, Integer> BY_LABEL = Map.ofEntries(
            Map.entry("user.loginName", 64), Map.entry("user.displayName", 50),
            Map.entry("user.initialPassword", PASSWORD), Map.entry("password.current", PASSWORD),
            Map.entry("password.new", PASSWORD), Map.entry("password.confirmation", PASSWORD),
            Map.entry("standard.year", 4), Map.entry("standard.monthlyAmount", AMOUNT),
            Map.entry("standard.relativeMultiple", 10), Map.entry("standard.accidentCostShare", 10),
            Map.entry("standard.document", 200),
            Map.entry("file.workerName", TextRules.PERSON_NAME), Map.entry("file.workerIdNumber", 22),
            Map.entry("file.phone", 20), Map.entry("file.ethnicity", 20), Map.entry("file.health", 200),
            Map.entry("file.address", 200), Map.entry("file.bankCardNumber", 30),
            Map.entry("file.bankHolder", TextRules.PERSON_NAME), Map.entry("file.yearlyIncome", AMOUNT),
            Map.entry("file.rigidSpending", AMOUNT), Map.entry("file.accidentCosts", AMOUNT),
            Map.entry("organisation.code", 32), Map.entry("organisation.name", 100),
            Map.entry("organisation.contactPerson", 50), Map.entry("organisation.contactPhone", 30));

    /** The limit of the field labelled {@code labelKey}, or {@code null} (a date or a number, say). */
    public Integer of(String labelKey) {
        return BY_LABEL.get(labelKey);
    }
}
