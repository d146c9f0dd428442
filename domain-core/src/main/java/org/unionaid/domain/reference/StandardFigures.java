package org.unionaid.domain.reference;

import java.math.BigDecimal;
import java.util.Objects;

import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.DomainException;

/**
 * The figures of one 低保标准 entry: the monthly amount per person, the multiple below which a
 * household counts as 相对困难, and the share of yearly income above which accident costs make a
 * household 意外致困; {@code document} names the local notice that set them.
 */
public record StandardFigures(Money monthlyAmount, BigDecimal relativeMultiple, BigDecimal accidentCostShare,
        String document) {

    /** The published practice where no local rule says otherwise: 2 × 低保, 80 % of income. */
    public static final BigDecimal USUAL_RELATIVE_MULTIPLE = new BigDecimal("2.00");
    public static final BigDecimal USUAL_ACCIDENT_COST_SHARE = new BigDecimal("0.80");

    private static final BigDecimal MAX_MULTIPLE = new BigDecimal("99.99");

    public StandardFigures {
        Objects.requireNonNull(monthlyAmount, "monthlyAmount");
        if (!monthlyAmount.isGreaterThan(Money.ZERO)) {
            throw DomainException.onField("monthlyAmount", "standard.amount.positive");
        }
        if (relativeMultiple == null || relativeMultiple.compareTo(BigDecimal.ONE) < 0
                || relativeMultiple.compareTo(MAX_MULTIPLE) > 0 || relativeMultiple.stripTrailingZeros().scale() > 2) {
            throw DomainException.onField("relativeMultiple", "standard.relativeMultiple.range");
        }
        if (accidentCostShare == null || accidentCostShare.signum() <= 0
                || accidentCostShare.compareTo(BigDecimal.ONE) > 0 || accidentCostShare.stripTrailingZeros().scale() > 2) {
            throw DomainException.onField("accidentCostShare", "standard.accidentCostShare.range");
        }
        document = document == null || document.isBlank() ? null : document.strip();
    }
}
