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

    /** A new entry id, known before the entry is stored because every posting's hash contains it. */
    long nextEntryId();

    /**
     * Stores an entry with its postings and moves the chain heads onto them; the balances follow the
     * postings in the store itself (R-LEDGER-03: in PostgreSQL the posting trigger is the only writer of
     * {@code ledger_balance}). Returns the postings with their ids, in the order of {@code links}.
     * Refuses a second reversal of one entry with {@code ledger.reversal.already}, whatever ran
     * concurrently.
     */
    List<Posting> append(long entryId, EntryHeader header, List<ChainLink> links, Collection<ChainHead> heads);

    Optional<JournalEntry> entry(long entryId);

    /** The id of the entry reversing {@code entryId}, if it was reversed. */
    Optional<Long> reversalOf(long entryId);
}
