package org.unionaid.domain.ledger;

import org.unionaid.domain.money.Money;

/**
 * An entry whose postings do not sum to zero, or that has fewer than two (R-LEDGER-05): PostgreSQL refuses to
 * commit one, so finding one means the rows were written with its checks switched off.
 */
public record UnbalancedEntry(long entryId, int postings, Money sum) {
}
