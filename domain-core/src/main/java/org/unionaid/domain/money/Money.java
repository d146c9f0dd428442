package org.unionaid.domain.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.unionaid.domain.shared.DomainException;

/**
 * An amount in yuan, exact to the fen: always a {@link BigDecimal} with scale 2, never a double.
 * Negative amounts exist (reversals); where they are not allowed the use case says so.
 */
public final class Money implements Comparable<Money>, Serializable {

    private static final long serialVersionUID = 1L;

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    /** numeric(14,2) in the database: up to 999,999,999,999.99 yuan. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private final BigDecimal yuan;

    private Money(BigDecimal yuan) {
        this.yuan = yuan.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** An exact amount; more than two decimals is a programming error, not a rounding matter. */
    public static Money of(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "yuan");
        if (yuan.scale() > 2 && yuan.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("more precise than a fen: " + yuan);
        }
        if (yuan.abs().compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("beyond numeric(14,2): " + yuan);
        }
        return new Money(yuan);
    }

    public static Money yuan(String amount) {
        return of(new BigDecimal(amount));
    }

    /**
     * Parses what a person typed ("2000", "2,000.00", "２０００元"), refusing with the reason: not a
     * number, more than two decimals, negative, or too large.
     */
    public static Money parse(String field, String input) {
        String text = input == null ? "" : input.strip()
                .replace(",", "").replace("，", "").replace("元", "").replace("¥", "").replace("￥", "");
        StringBuilder ascii = new StringBuilder();
        text.codePoints().forEach(c -> ascii.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0')
                : c == '．' ? '.' : (char) c));
        BigDecimal amount;
        try {
            amount = new BigDecimal(ascii.toString().strip());
        } catch (NumberFormatException e) {
            throw DomainException.onField(field, "money.notANumber");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw DomainException.onField(field, "money.tooPrecise");
        }
        if (amount.signum() < 0) {
            throw DomainException.onField(field, "money.negative");
        }
        if (amount.compareTo(LIMIT) >= 0) {
            throw DomainException.onField(field, "money.tooLarge");
        }
        return of(amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    public Money plus(Money other) {
        return of(yuan.add(other.yuan));
    }

    public Money minus(Money other) {
        return of(yuan.subtract(other.yuan));
    }

    /** This amount times a ratio (a matching ratio, say), rounded half-up to the fen. */
    public Money times(BigDecimal factor) {
        return of(yuan.multiply(factor).setScale(2, RoundingMode.HALF_UP));
    }

    /** The same amount with the opposite sign (a reversal's line). */
    public Money negated() {
        return new Money(yuan.negate());
    }

    public boolean isZero() {
        return yuan.signum() == 0;
    }

    public boolean isNegative() {
        return yuan.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public BigDecimal toBigDecimal() {
        return yuan;
    }

    @Override
    public int compareTo(Money other) {
        return yuan.compareTo(other.yuan);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && money.yuan.equals(yuan);
    }

    @Override
    public int hashCode() {
        return yuan.hashCode();
    }

    /** Plain, as in a ledger: {@code 2000.00}. */
    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}
