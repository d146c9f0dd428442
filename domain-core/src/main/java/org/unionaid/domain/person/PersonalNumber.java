package org.unionaid.domain.person;

import java.util.Objects;

/**
 * A checked personal number (ID, bank card): compared by value, shown and printed masked (first
 * six, last four) so that a list, a log line or an exception message never holds it in clear.
 */
public abstract class PersonalNumber {

    private final String value;

    protected PersonalNumber(String value) {
        this.value = Objects.requireNonNull(value);
    }

    /** The number in clear: for sealing, indexing and an audited reveal only. */
    public String value() {
        return value;
    }

    public String masked() {
        return Masking.firstSixLastFour(value);
    }

    /** Full-width digits become ASCII, white space goes; the rest is left for the caller's check. */
    static String withoutSpacesAndFullWidthDigits(String input) {
        StringBuilder normalised = new StringBuilder();
        if (input != null) {
            input.codePoints().forEach(c -> {
                if (c >= '０' && c <= '９') {
                    normalised.append((char) (c - '０' + '0'));
                } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    normalised.appendCodePoint(c);
                }
            });
        }
        return normalised.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((PersonalNumber) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
