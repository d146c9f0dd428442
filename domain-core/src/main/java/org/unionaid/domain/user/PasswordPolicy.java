package org.unionaid.domain.user;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.unionaid.domain.shared.Refusal;
import org.unionaid.domain.shared.Rule;
import org.unionaid.domain.shared.RuleSet;

/**
 * R-AUTH-08 — what a password must be (GB/T 22239-2019 8.1.4.1 a: 身份标识具有唯一性，身份鉴别信息具有复杂度要求并定期更换):
 * at least 10 characters with letters and digits, not containing the login name, not in the list of common
 * passwords that guessers try first, and not one of the user's last five. Length beats composition rules, but
 * a union office shares machines, so both are asked for. Passay checks length, login name and the list; the
 * last five are bcrypt hashes, which only {@link PasswordHasher} can compare.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 10;
    /** A new password may be none of this many most recent ones (the current one included). */
    public static final int HISTORY = 5;
    /** Login names shorter than this are refused only as the whole password, not inside it. */
    static final int SHORTEST_NAME_SEARCHED = 3;

    /** A password as typed, and whose it is. */
    public record Candidate(String password, String loginName) {
    }

    /** The rules a password is checked against wherever it is set, in the order a person fixes them. */
    public static final RuleSet<Candidate> RULES = RuleSet.of(new LongEnough(), new LettersAndDigits(),
            new WithoutLoginName(), new NotCommon());

    private PasswordPolicy() {
    }

    /** Refuses a weak password with a message next to {@code field}. */
    public static void check(String field, String password, String loginName) {
        RULES.firstRefusal(new Candidate(password, loginName)).ifPresent(refusal -> {
            throw refusal.onField(field);
        });
    }

    /** R-AUTH-08 — at least {@value #MINIMUM_LENGTH} characters. */
    static final class LongEnough implements Rule<Candidate> {
        private static final PasswordValidator LENGTH = new PasswordValidator(
                new LengthRule(MINIMUM_LENGTH, Integer.MAX_VALUE));

        @Override
        public Optional<Refusal> check(Candidate candidate) {
            return candidate.password() != null && LENGTH.validate(new PasswordData(candidate.password())).isValid()
                    ? Optional.empty() : Refusal.refuse("password.tooShort", MINIMUM_LENGTH);
        }
    }

    /** R-AUTH-08 — letters and digits both. */
    static final class LettersAndDigits implements Rule<Candidate> {
        @Override
        public Optional<Refusal> check(Candidate candidate) {
            String password = candidate.password();
            return password.chars().anyMatch(Character::isLetter) && password.chars().anyMatch(Character::isDigit)
                    ? Optional.empty() : Refusal.refuse("password.lettersAndDigits");
        }
    }

    /** R-AUTH-08 — the login name, forwards or backwards and in any case, is nowhere in the password. */
    static final class WithoutLoginName implements Rule<Candidate> {
        private static final PasswordValidator NAME = new PasswordValidator(new UsernameRule(true, true));

        @Override
        public Optional<Refusal> check(Candidate candidate) {
            String login = candidate.loginName() == null ? "" : candidate.loginName().strip();
            if (login.isEmpty()) {
                return Optional.empty();
            }
            boolean contains = login.length() < SHORTEST_NAME_SEARCHED
                    ? candidate.password().equalsIgnoreCase(login)
                    : !NAME.validate(new PasswordData(login, candidate.password())).isValid();
            return contains ? Refusal.refuse("password.containsLogin") : Optional.empty();
        }
    }

    /** R-AUTH-08 — not a password from the list guessers try first ({@code common-passwords.txt}), in any case. */
    static final class NotCommon implements Rule<Candidate> {
        private static final PasswordValidator COMMON = new PasswordValidator(
                new DictionaryRule(new WordListDictionary(commonPasswords())));

        @Override
        public Optional<Refusal> check(Candidate candidate) {
            return COMMON.validate(new PasswordData(candidate.password())).isValid() ? Optional.empty()
                    : Refusal.refuse("password.common");
        }

        private static ArrayWordList commonPasswords() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
                    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return WordLists.createFromReader(new Reader[] {reader}, false, new ArraysSort());
            } catch (IOException e) {
                throw new UncheckedIOException("common-passwords.txt is part of domain-core", e);
            }
        }
    }

    /**
     * R-AUTH-08 — the password is none of the user's last {@value #HISTORY} (newest first), whose hashes only the
     * hasher can compare.
     */
    public static Optional<Refusal> notRecent(String password, List<String> recentHashes, PasswordHasher hasher) {
        return recentHashes.stream().limit(HISTORY).anyMatch(hash -> hasher.matches(password, hash))
                ? Refusal.refuse("password.recent", HISTORY) : Optional.empty();
    }
}
