package org.unionaid.domain.anomaly;

import java.math.BigDecimal;

/**
 * R-AUDIT-03 — a threshold the anomaly rules use, a setting of the top union (the shipped defaults are the
 * first rows of {@code audit_setting}, V46). Each has the range a sensible value lies in, so that a typing
 * mistake cannot switch a rule off; the page names it by {@code audit.threshold.<name>}.
 */
public enum Threshold {
    /** R-ANOM-10: a card changed this many days or fewer before a payment to it. */
    CARD_CHANGE_DAYS(1, 365, false),
    /** R-ANOM-14: cash at or above this amount, in yuan… */
    ROUND_CASH_THRESHOLD(1, 1_000_000, true),
    /** …that is a multiple of this many yuan. */
    ROUND_CASH_UNIT(1, 100_000, true),
    /** R-ANOM-09: what one household may receive in a calendar year over every campaign, in yuan. */
    YEARLY_CAP(1, 10_000_000, true),
    /** R-ANOM-20: the fewest working days a public notice runs (published practice: 5). */
    NOTICE_MINIMUM_DAYS(1, 30, false),
    /** R-ANOM-24: days after a campaign's closing (its end, while not closed) before unspent allocations count. */
    UNSPENT_GRACE_DAYS(0, 365, false),
    /** R-AUDIT-09: the share of a population a spot-check sample draws, in per cent (one province: 30 %). */
    SAMPLE_PERCENT(1, 100, false);

    private final BigDecimal minimum;
    private final BigDecimal maximum;
    private final boolean money;

    Threshold(long minimum, long maximum, boolean money) {
        this.minimum = BigDecimal.valueOf(minimum);
        this.maximum = BigDecimal.valueOf(maximum);
        this.money = money;
    }

    public BigDecimal minimum() {
        return minimum;
    }

    public BigDecimal maximum() {
        return maximum;
    }

    /** Whether the value is an amount in yuan (two decimals) rather than a whole number. */
    public boolean isMoney() {
        return money;
    }

    public boolean accepts(BigDecimal value) {
        return value != null && value.compareTo(minimum) >= 0 && value.compareTo(maximum) <= 0
                && (money ? value.scale() <= 2 || value.stripTrailingZeros().scale() <= 2
                        : value.stripTrailingZeros().scale() <= 0);
    }
}
