package org.unionaid.domain.ledger;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The ledger's read side: balances, posting lists, proof that balances are derived. Implemented in persistence. */
public interface LedgerReadings {

    /** Every account of the union that was ever posted to, by kind, source and purpose. */
    List<Balance> balances(long unionId);

    /** The union's postings matching {@code filter}, newest (highest chain sequence) first. */
    Page<Posting> postings(long unionId, PostingFilter filter, Pageable pageable);

    Optional<Long> entryIdOfPosting(long postingId);

    /** Every account whose maintained balance is not the sum of its postings; empty when all is well. */
    List<BalanceDiscrepancy> balanceDiscrepancies();
}
