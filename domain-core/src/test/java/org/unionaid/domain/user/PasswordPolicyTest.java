package org.unionaid.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.Refusal;

/** Specifies R-AUTH-08: length, letters and digits, no login name, not common, none of the last five. */
class PasswordPolicyTest {

    // R-AUTH-08
    @Test
    void acceptsTenCharactersWithLettersAndDigits() {
        assertThatCode(() -> PasswordPolicy.check("password", "longjing12", "clerk")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("password", "工会帮扶2026年度口令", "clerk")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("password", "unionaid2026", "xihu.admin")).doesNotThrowAnyException();
    }

    // R-AUTH-08
    @Test
    void refusesWithTheReasonAndTheField() {
        assertRefused("abcdefg12", "password.tooShort");
        assertRefused(null, "password.tooShort");
        assertRefused("abcdefghijk", "password.lettersAndDigits");
        assertRefused("12345678901", "password.lettersAndDigits");
        assertRefused("Clerk20260", "password.containsLogin");
    }

    // R-AUTH-08
    @Test
    void theLoginNameIsNowhereInThePasswordForwardsOrBackwards() {
        assertThat(PasswordPolicy.RULES.firstRefusal(new PasswordPolicy.Candidate("my-XIHU.ADMIN-2026", "xihu.admin")))
                .hasValue(Refusal.of("password.containsLogin"));
        assertThat(PasswordPolicy.RULES.firstRefusal(new PasswordPolicy.Candidate("2026nimda.uhix", "xihu.admin")))
                .hasValue(Refusal.of("password.containsLogin"));
        // A name of one or two letters would rule out half the words; only the name itself is refused then.
        assertThat(PasswordPolicy.RULES.firstRefusal(new PasswordPolicy.Candidate("likes2026tea", "li"))).isEmpty();
    }

    // R-AUTH-08
    @Test
    void commonPasswordsAreRefusedInAnyCase() {
        for (String common : List.of("1qaz2wsx3edc", "Password123", "WOAINI1314520", "a123456789", "qwertyuiop123")) {
            assertThat(PasswordPolicy.RULES.firstRefusal(new PasswordPolicy.Candidate(common, "clerk")))
                    .as(common).hasValue(Refusal.of("password.common"));
        }
    }

    // R-AUTH-08
    @Test
    void noneOfTheLastFiveEvenIfItPassesTheRest() {
        PasswordHasher reversing = new PasswordHasher() {
            @Override
            public String hash(String rawPassword) {
                return new StringBuilder(rawPassword).reverse().toString();
            }

            @Override
            public boolean matches(String rawPassword, String hash) {
                return hash(rawPassword).equals(hash);
            }
        };
        List<String> lastFive = List.of("2026first1", "2026second2", "2026third3", "2026fourth4", "2026fifth5",
                "2026sixth6").stream().map(reversing::hash).toList();
        assertThat(PasswordPolicy.notRecent("2026fifth5", lastFive, reversing)).hasValue(Refusal.of("password.recent", 5));
        assertThat(PasswordPolicy.notRecent("2026first1", lastFive, reversing)).hasValue(Refusal.of("password.recent", 5));
        // The sixth most recent is free again.
        assertThat(PasswordPolicy.notRecent("2026sixth6", lastFive, reversing)).isEmpty();
    }

    private static void assertRefused(String password, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", password, "clerk20260"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).isEqualTo("newPassword");
                });
    }
}
