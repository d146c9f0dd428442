package org.unionaid.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.shared.DomainException;

class PasswordPolicyTest {

    @Test
    void acceptsTenCharactersWithLettersAndDigits() {
        assertThatCode(() -> PasswordPolicy.check("password", "abcdefgh12", "clerk")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("password", "工会帮扶2026年度口令", "clerk")).doesNotThrowAnyException();
    }

    @Test
    void refusesWithTheReasonAndTheField() {
        assertRefused("abcdefg12", "password.tooShort");
        assertRefused(null, "password.tooShort");
        assertRefused("abcdefghijk", "password.lettersAndDigits");
        assertRefused("12345678901", "password.lettersAndDigits");
        assertRefused("Clerk20260", "password.sameAsLogin");
    }

    private static void assertRefused(String password, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", password, "clerk20260"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).isEqualTo("newPassword");
                });
    }
}
