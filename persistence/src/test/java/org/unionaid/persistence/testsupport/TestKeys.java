package org.unionaid.persistence.testsupport;

/** Fixed personal-data keys for tests only (random bytes, never used anywhere else). */
public final class TestKeys {

    public static final String ENCRYPTION = "q3V0nS2mJ8xq1i0sQm4nJY5Yx3p7T0H8vO2yq8gU9kE=";
    public static final String INDEX = "7m1Jc9bQ2rLw5tY8uI0oP3aS6dF9gH2jK5lZ8xC1vB4=";

    private TestKeys() {
    }
}
