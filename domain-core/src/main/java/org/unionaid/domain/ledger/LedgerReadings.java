package org.unionaid.domain.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.unionaid.domain.scope.OrganisationPath;

/** The ledger's read side: balances, posting lists, proof that balances are derived. Implemented in persistence. */
public interface LedgerReadings {

    /** Every account of the union that was ever posted to, by kind, source and purpose. */
    List<Balance> balances(long unionId);

    /** The union's postings matching {@code filter}, newest (highest chain sequence) first. */
    Page<Posting> postings(long unionId, PostingFilter filter, Pageable pageable);

    /**
     * Up to {@code limit} of the union's postings matching {@code filter} whose chain sequence is below
     * {@code belowSeq}, newest first: the next page of an export, which postings appended meanwhile do
     * not shift.
     */
    List<Posting> postingsBelow(long unionId, PostingFilter filter, long belowSeq, int limit);

    /**
     * The money of the union at {@code scope} and of every union below it, summed per fund source (rows
     * without purpose); sources never posted to are left out.
     */
    List<BalanceRow> subtreeBalances(OrganisationPath scope);

    /**
     * R-FUND-01 — the money of one campaign held by the unions of {@code scope}, summed per source and purpose (rows
     * with the campaign, in source and purpose order).
     */
    List<BalanceRow> campaignBalances(long campaignId, OrganisationPath scope);

    /** The money of one campaign one union holds, per source and purpose. */
    List<BalanceRow> campaignBalances(long campaignId, long unionId);

    Optional<Long> entryIdOfPosting(long postingId);

    /** Every account whose maintained balance is not the sum of its postings; empty when all is well. */
    List<BalanceDiscrepancy> balanceDiscrepancies();

    /** The union's accounts whose stored balance is not the sum of the union's postings to them (R-LEDGER-04). */
    List<BalanceDiscrepancy> balanceDiscrepancies(long unionId);

    /** Entries with a posting of the union whose postings, in every union, do not sum to zero or are fewer than two. */
    List<UnbalancedEntry> unbalancedEntries(long unionId);

    /**
     * The names of these campaigns, as the ledger's pages label a pool: read here rather than through the campaign
     * feature, which itself reads the ledger (its leftovers), so that the two features do not depend on each other.
     */
    Map<Long, String> campaignNames(Collection<Long> campaignIds);
}
