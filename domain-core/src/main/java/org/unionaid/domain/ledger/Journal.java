package org.unionaid.domain.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.unionaid.domain.money.Money;

/**
 * The ledger's store, write side. Implemented in the persistence module on append-only tables:
 * entries and postings can be added, never changed.
 */
public interface Journal {

    /**
     * Locks the chain heads of {@code unionIds} until the transaction ends, creating the missing
     * ones. Heads are locked in ascending union id order whatever the order given, so two entries
     * touching the same unions cannot deadlock.
     */
    Map<Long, ChainHead> lockChains(Collection<Long> unionIds);

    /** The maintained balance of one account (zero when nothing was ever posted to it). */
    Money balance(LedgerAccount account);

    /**
     * Stores an entry's header and returns its id. Refuses a second reversal of one entry with
     * {@code ledger.reversal.already}, whatever ran concurrently.
     */
    long addEntry(EntryHeader header);

    /** Stores chain links and returns them with their ids, in the given order. */
    List<Posting> addPostings(List<ChainLink> links);

    /** Moves chain heads forward; a head never moves back. */
    void advanceChains(Collection<ChainHead> heads);

    /** Adds each change to its account's maintained balance. */
    void addToBalances(Map<LedgerAccount, Money> changes);

    Optional<JournalEntry> entry(long entryId);

    /** The id of the entry reversing {@code entryId}, if it was reversed. */
    Optional<Long> reversalOf(long entryId);
}
