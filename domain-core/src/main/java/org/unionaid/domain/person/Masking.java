package org.unionaid.domain.person;

/** How personal numbers are shown by default: first six and last four characters. */
public final class Masking {

    private Masking() {
    }

    public static String firstSixLastFour(String value) {
        if (value == null || value.length() <= 10) {
            return "*".repeat(value == null ? 0 : value.length());
        }
        return value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
    }
}
