package org.unionaid.domain.person;

import org.unionaid.domain.shared.DomainException;

/**
 * A bank card number as printed on a UnionPay debit card: 12 to 19 digits whose last digit is the
 * Luhn check digit. Spaces, hyphens and full-width digits are accepted and removed.
 */
public final class BankCardNumber extends PersonalNumber {

    private BankCardNumber(String value) {
        super(value);
    }

    /** R-FILE-03 — a card number as typed, refused unless it passes the Luhn check. */
    public static BankCardNumber parse(String field, String input) {
        String text = withoutSpacesAndFullWidthDigits(input).replace("-", "");
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
}
