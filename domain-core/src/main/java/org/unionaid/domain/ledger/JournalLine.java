package org.unionaid.domain.ledger;

import java.util.Objects;

import org.unionaid.domain.money.Money;

/**
 * One side of a movement: a signed amount on one account (positive adds to it, negative takes from it). A line
 * made without a campaign takes its pool from its entry ({@link JournalEntryDraft}).
 */
public record JournalLine(LedgerAccount account, Money amount) {

    public JournalLine {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
    }

    public static JournalLine of(long unionId, AccountKind kind, FundSource source, FundPurpose purpose, Money amount) {
        return new JournalLine(new LedgerAccount(unionId, kind, source, purpose), amount);
    }

    /** This line in another pool (see {@link LedgerAccount#poolOf}). */
    JournalLine inPool(Long campaign) {
        return new JournalLine(account.inPool(campaign), amount);
    }

    JournalLine negated() {
        return new JournalLine(account, amount.negated());
    }
}
