package org.unionaid.domain.trace;

import java.time.Instant;

import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;

/** A ledger posting of an entry behind the line (its commitment, payment, return or a reversal of one). */
public record PostingRow(long entryId, EntryKind kind, String documentType, long documentId, long unionId,
        String unionName, long chainSeq, AccountKind account, FundSource source, FundPurpose purpose, Money amount,
        Instant postedAt) {
}
