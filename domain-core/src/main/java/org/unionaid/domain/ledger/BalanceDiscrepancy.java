package org.unionaid.domain.ledger;

import org.unionaid.domain.money.Money;

/** An account whose maintained balance differs from the sum of its postings: evidence of tampering or a bug. */
public record BalanceDiscrepancy(LedgerAccount account, Money maintained, Money posted) {
}
