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
}
