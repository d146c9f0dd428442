package org.unionaid.domain.ledger;

import org.unionaid.domain.money.Money;

/** The amount on one account of one union. */
public record Balance(LedgerAccount account, Money amount) {
}
