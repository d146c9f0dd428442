package org.unionaid.domain.ledger;

import java.util.Objects;

import org.unionaid.domain.money.Money;

/**
 * The money of one fund source and purpose (and campaign, R-FUND-01) by what became of it: free to use, set aside
 * for approved payments, paid out. A row summed over purposes has no purpose, a total row neither source nor
 * purpose; a row of money of no campaign, or summed over campaigns, has no campaign.
 */
public record BalanceRow(FundSource source, FundPurpose purpose, Money available, Money committed, Money disbursed,
        Long campaignId) {

    public BalanceRow {
        Objects.requireNonNull(available, "available");
        Objects.requireNonNull(committed, "committed");
        Objects.requireNonNull(disbursed, "disbursed");
    }

    /** A row of money of no campaign, or summed over campaigns. */
    public BalanceRow(FundSource source, FundPurpose purpose, Money available, Money committed, Money disbursed) {
        this(source, purpose, available, committed, disbursed, null);
    }

    public static BalanceRow empty(FundSource source, FundPurpose purpose) {
        return new BalanceRow(source, purpose, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    public static BalanceRow empty(Long campaignId, FundSource source, FundPurpose purpose) {
        return new BalanceRow(source, purpose, Money.ZERO, Money.ZERO, Money.ZERO, campaignId);
    }

    /** This row with {@code amount} added to the column of {@code kind}; the outside world's account has none. */
    public BalanceRow plus(AccountKind kind, Money amount) {
        return switch (kind) {
            case AVAILABLE -> new BalanceRow(source, purpose, available.plus(amount), committed, disbursed, campaignId);
            case COMMITTED -> new BalanceRow(source, purpose, available, committed.plus(amount), disbursed, campaignId);
            case DISBURSED -> new BalanceRow(source, purpose, available, committed, disbursed.plus(amount), campaignId);
            case RECEIVED -> throw new IllegalArgumentException("money received from outside is no column");
        };
    }

    /** Column by column, keeping this row's source, purpose and campaign. */
    public BalanceRow plus(BalanceRow other) {
        return new BalanceRow(source, purpose, available.plus(other.available), committed.plus(other.committed),
                disbursed.plus(other.disbursed), campaignId);
    }

    /** Everything the union ever held of this money: available, committed and paid out. */
    public Money total() {
        return available.plus(committed).plus(disbursed);
    }
}
