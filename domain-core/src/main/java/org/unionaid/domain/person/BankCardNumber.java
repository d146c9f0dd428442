package org.unionaid.domain.person;

import java.util.Objects;

import org.unionaid.domain.shared.DomainException;

/**
 * A bank card number as printed on a UnionPay debit card: 12 to 19 digits whose last digit is the
 * Luhn check digit. Spaces, hyphens and full-width digits are accepted and removed.
 */
public final class BankCardNumber {

    private final String value;

    private BankCardNumber(String value) {
        this.value = value;
    }

    public static BankCardNumber parse(String field, String input) {
        StringBuilder digits = new StringBuilder();
        if (input != null) {
            input.codePoints().forEach(c -> {
                if (c >= '０' && c <= '９') {
                    digits.append((char) (c - '０' + '0'));
                } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-') {
                    digits.appendCodePoint(c);
                }
            });
        }
        String text = digits.toString();
        if (text.isEmpty()) {
            throw DomainException.onField(field, "bankCard.blank");
        }
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw DomainException.onField(field, "bankCard.characters");
        }
        if (text.length() < 12 || text.length() > 19) {
            throw DomainException.onField(field, "bankCard.length", text.length());
        }
        if (!passesLuhn(text)) {
            throw DomainException.onField(field, "bankCard.checkDigit");
        }
        return new BankCardNumber(text);
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    public String value() {
        return value;
    }

    public String masked() {
        return Masking.firstSixLastFour(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BankCardNumber card && card.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Masked, so that an accidental log line never holds the number. */
    @Override
    public String toString() {
        return masked();
    }
}
