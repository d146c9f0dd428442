package org.unionaid.domain.person;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.unionaid.domain.shared.DomainException;

/**
 * An 18-character resident identity number (居民身份证号码, GB 11643-1999): six digits of address
 * code, eight of birth date, three of sequence (odd for men, even for women) and an ISO 7064
 * MOD 11-2 check character. What people type is normalised first: spaces removed, full-width
 * digits and a lower-case or full-width x accepted. The old 15-digit numbers are refused with the
 * reason, since they carry no check digit and cannot serve for de-duplication.
 */
public final class ResidentId extends PersonalNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = "10X98765432".toCharArray();
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private ResidentId(String value) {
        super(value);
    }

    /**
     * R-FILE-02 — parses what a person typed, as of {@code today} (birth dates in the future are refused).
     * Refusals carry a message key under {@code field}.
     */
    public static ResidentId parse(String field, String input, LocalDate today) {
        String text = normalise(input);
        if (text.isEmpty()) {
            throw DomainException.onField(field, "residentId.blank");
        }
        if (text.length() == 15 && text.chars().allMatch(Character::isDigit)) {
            throw DomainException.onField(field, "residentId.legacy15");
        }
        if (text.length() != 18) {
            throw DomainException.onField(field, "residentId.length", text.length());
        }
        if (!text.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')
                || !(Character.isDigit(text.charAt(17)) || text.charAt(17) == 'X')) {
            throw DomainException.onField(field, "residentId.characters");
        }
        if (text.charAt(0) < '1' || text.charAt(0) > '8') {
            throw DomainException.onField(field, "residentId.region");
        }
        LocalDate birth = birthDateOf(text);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            throw DomainException.onField(field, "residentId.birthDate");
        }
        if (checkCharacter(text) != text.charAt(17)) {
            throw DomainException.onField(field, "residentId.checkDigit");
        }
        return new ResidentId(text);
    }

    /** Spaces out, full-width digits to ASCII, x (also full-width) to X. */
    static String normalise(String input) {
        return withoutSpacesAndFullWidthDigits(input).replace('x', 'X').replace('Ｘ', 'X').replace('ｘ', 'X');
    }

    private static char checkCharacter(String text) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (text.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    private static LocalDate birthDateOf(String text) {
        try {
            return LocalDate.of(Integer.parseInt(text.substring(6, 10)), Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value());
    }

    public Gender gender() {
        return (value().charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The six-digit address code of the place the number was issued. */
    public String addressCode() {
        return value().substring(0, 6);
    }
}
