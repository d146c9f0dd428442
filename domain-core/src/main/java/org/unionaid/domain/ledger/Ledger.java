package org.unionaid.domain.ledger;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * The double-entry ledger (台账): every movement of money is an entry whose postings extend the
 * hash chain of each union it touches; balances are derived from postings, never edited, and a
 * mistake is corrected by a reversing entry that cites the original.
 *
 * <p>Writes join the caller's transaction and refuse to run without one, so a business change
 * (a donation recorded, a batch paid) and its postings commit or roll back together. Use cases
 * check the actor's role and reach before they call the ledger; the ledger records who posted.
 *
 * <p>No account that holds money ({@link AccountKind#holdsMoney()}) may fall below zero. That rule is
 * checked while the chains of every union of the entry are locked, and every change to a union's
 * balances happens under its chain lock, so two movements can never both spend the same money.
 */
@Service
public class Ledger {

    private final Journal journal;
    private final LedgerReadings readings;
    private final Clock clock;

    public Ledger(Journal journal, LedgerReadings readings, Clock clock) {
        this.journal = journal;
        this.readings = readings;
        this.clock = clock;
    }

    /**
     * Posts a movement; refuses with {@code ledger.insufficientBalance} (argument: the balance) an
     * overdraft. The chains of the entry's unions stay locked until the transaction ends: a use case
     * posting several entries in one transaction posts them in ascending order of their unions, so
     * that it takes its locks in the order every other writer does.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public JournalEntry post(JournalEntryDraft draft, long postedByUserId) {
        if (draft.kind() == EntryKind.REVERSAL) {
            throw new IllegalArgumentException("a reversal is posted by reverse(), which cites the original");
        }
        return write(draft, null, postedByUserId);
    }

    /**
     * Posts the exact opposite of an entry, citing it. An entry is reversed once at most, and a
     * reversal is not reversed (post the movement again instead).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public JournalEntry reverse(long entryId, String reason, long postedByUserId) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "ledger.reversal.reasonRequired");
        }
        JournalEntry original = entry(entryId);
        if (original.kind() == EntryKind.REVERSAL) {
            throw new DomainException("ledger.reversal.ofReversal");
        }
        JournalEntryDraft opposite = new JournalEntryDraft(EntryKind.REVERSAL, original.header().document(),
                original.header().campaignId(), reason.strip(),
                original.lines().stream().map(JournalLine::negated).toList());
        // Under the chain locks a reversal committed by someone else meanwhile is visible.
        journal.lockChains(opposite.unionIds());
        if (journal.reversalOf(entryId).isPresent()) {
            throw new DomainException("ledger.reversal.already");
        }
        return write(opposite, entryId, postedByUserId);
    }

    /**
     * Refuses with {@code ledger.insufficientBalance} (argument: the available amount) when the union's available
     * money of this campaign (R-FUND-01: {@code null} for money of no campaign), source and purpose is less than
     * {@code needed}; returns the available amount otherwise. An early, friendly check for use cases that prepare
     * a movement: {@link #post} checks again under the chain locks, which is what guarantees the money is there.
     * A refusal leaves the caller's transaction usable (nothing was written).
     */
    @Transactional(noRollbackFor = DomainException.class)
    public Money requireAvailable(long unionId, Long campaignId, FundSource source, FundPurpose purpose, Money needed) {
        if (!needed.isGreaterThan(Money.ZERO)) {
            throw new IllegalArgumentException("a need is a positive amount: " + needed);
        }
        Money available = journal.balance(LedgerAccount.available(unionId, campaignId, source, purpose));
        if (needed.isGreaterThan(available)) {
            throw new DomainException("ledger.insufficientBalance", available);
        }
        return available;
    }

    /** The balance of one account: one union's money of one campaign (or of none), source and purpose. */
    @Transactional(readOnly = true)
    public Money balance(long unionId, Long campaignId, AccountKind kind, FundSource source, FundPurpose purpose) {
        return journal.balance(new LedgerAccount(unionId, kind, source, purpose,
                LedgerAccount.poolOf(campaignId, purpose)));
    }

    /** The union's money of this kind, source and purpose over every campaign and daily assistance together. */
    @Transactional(readOnly = true)
    public Money balance(long unionId, AccountKind kind, FundSource source, FundPurpose purpose) {
        return readings.balances(unionId).stream()
                .filter(b -> b.account().kind() == kind && b.account().source() == source
                        && b.account().purpose() == purpose)
                .map(Balance::amount).reduce(Money.ZERO, Money::plus);
    }

    @Transactional(readOnly = true)
    public List<Balance> balances(long unionId) {
        return readings.balances(unionId);
    }

    @Transactional(readOnly = true)
    public Page<Posting> postings(long unionId, PostingFilter filter, Pageable pageable) {
        return readings.postings(unionId, filter, pageable);
    }

    @Transactional(readOnly = true)
    public JournalEntry entry(long entryId) {
        return journal.entry(entryId).orElseThrow(() -> new NotFoundException("ledger entry", entryId));
    }

    /** The entry behind a posting, for the drill-down from a ledger line to its document. */
    @Transactional(readOnly = true)
    public JournalEntry entryOfPosting(long postingId) {
        return entry(readings.entryIdOfPosting(postingId)
                .orElseThrow(() -> new NotFoundException("ledger posting", postingId)));
    }

    /** Accounts whose maintained balance is not the sum of their postings. */
    @Transactional(readOnly = true)
    public List<BalanceDiscrepancy> balanceDiscrepancies() {
        return readings.balanceDiscrepancies();
    }

    @Transactional(readOnly = true)
    public boolean balancesMatchPostings() {
        return balanceDiscrepancies().isEmpty();
    }

    private JournalEntry write(JournalEntryDraft draft, Long reversesEntryId, long postedBy) {
        Map<Long, ChainHead> heads = new HashMap<>(journal.lockChains(draft.unionIds()));
        Map<LedgerAccount, Money> changes = draft.netChanges();
        refuseOverdraft(changes);
        // R-LEDGER-06: the anchored union's head before this entry, read under its lock.
        ChainAnchor anchor = draft.anchorUnionId() == null ? null : ChainAnchor.of(heads.get(draft.anchorUnionId()));
        // Taken under the locks, so times never run backwards along a chain.
        EntryHeader header = new EntryHeader(draft.kind(), draft.document(), draft.campaignId(), draft.memo(),
                reversesEntryId, clock.instant().truncatedTo(ChronoUnit.MICROS), postedBy, anchor);
        long entryId = journal.nextEntryId();
        List<ChainLink> links = new ArrayList<>(draft.lines().size());
        for (JournalLine line : draft.lines()) {
            ChainHead head = heads.get(line.account().unionId());
            ChainLink link = ChainLink.after(head.lastHash(),
                    new PostingContent(line.account(), head.lastSeq() + 1, entryId, header, line.amount()));
            heads.put(head.unionId(), head.after(link));
            links.add(link);
        }
        List<Posting> postings = journal.append(entryId, header, links, heads.values());
        return new JournalEntry(entryId, header, postings);
    }

    private void refuseOverdraft(Map<LedgerAccount, Money> changes) {
        changes.forEach((account, change) -> {
            if (change.isNegative() && account.kind().holdsMoney()) {
                Money balance = journal.balance(account);
                if (balance.plus(change).isNegative()) {
                    throw new DomainException("ledger.insufficientBalance", balance);
                }
            }
        });
    }
}
