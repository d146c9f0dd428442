package org.unionaid.domain.user;

import org.unionaid.domain.shared.DomainException;

/**
 * What a password must be: at least 10 characters with letters and digits, and not the login name.
 * Length beats composition rules, but a union office shares machines, so both are asked for.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** Refuses a weak password with a message next to {@code field}. */
    public static void check(String field, String password, String loginName) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw DomainException.onField(field, "password.tooShort", MINIMUM_LENGTH);
        }
        if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
            throw DomainException.onField(field, "password.lettersAndDigits");
        }
        if (loginName != null && password.equalsIgnoreCase(loginName.strip())) {
            throw DomainException.onField(field, "password.sameAsLogin");
        }
    }
}
