package org.unionaid.domain.ledger;

import java.util.Objects;

/** One balance of one union: account kind × fund source × purpose. */
public record LedgerAccount(long unionId, AccountKind kind, FundSource source, FundPurpose purpose) {

    public LedgerAccount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(purpose, "purpose");
    }

    public static LedgerAccount available(long unionId, FundSource source, FundPurpose purpose) {
        return new LedgerAccount(unionId, AccountKind.AVAILABLE, source, purpose);
    }
}
