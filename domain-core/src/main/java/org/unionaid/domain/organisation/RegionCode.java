package org.unionaid.domain.organisation;

/**
 * A GB/T 2260 administrative division code, always six digits: a province is {@code 330000}, a
 * city {@code 330100}, a county or district {@code 330106}.
 */
public record RegionCode(String value) {

    public RegionCode {
        if (value == null || !value.matches("\\d{6}")) {
            throw new IllegalArgumentException("a region code has six digits: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && value.matches("\\d{6}");
    }

    public String provinceCode() {
        return value.substring(0, 2) + "0000";
    }

    /**
     * The part of the code that its subdivisions share: two digits for a province ({@code 33}),
     * four for a city ({@code 3301}), all six for a county.
     */
    public String prefix() {
        if (value.endsWith("0000")) {
            return value.substring(0, 2);
        }
        return value.endsWith("00") ? value.substring(0, 4) : value;
    }

    /** True when {@code other} is this division or lies within it. */
    public boolean covers(RegionCode other) {
        return other.value.startsWith(prefix());
    }
}
