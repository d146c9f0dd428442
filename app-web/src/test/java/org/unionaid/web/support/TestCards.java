package org.unionaid.web.support;

import java.util.concurrent.atomic.AtomicLong;

/** Bank card numbers that pass the Luhn check, different on every call (fictitious, 6222 02 prefix). */
public final class TestCards {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private TestCards() {
    }

    public static String next() {
        return withCheckDigit("622202" + String.format("%09d", NEXT.incrementAndGet() % 1_000_000_000L));
    }

    /** The digits followed by their Luhn check digit. */
    public static String withCheckDigit(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int digit = payload.charAt(payload.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return payload + (10 - sum % 10) % 10;
    }
}
