package org.unionaid.domain.trace;

import java.time.LocalDate;

import org.unionaid.domain.money.Money;

/**
 * Money that came into the paying union's pool for the campaign, source and purpose the line was paid from: a
 * receipt (with its number and donor), an allocation from the union above (with the union that gave it), or a
 * matching contribution; each with the ledger entry that booked it.
 */
public record FundingRow(Kind kind, long documentId, LocalDate on, Money amount, String counterpart, String number,
        Long entryId) {

    public enum Kind {
        RECEIPT,
        ALLOCATION,
        MATCHING
    }
}
