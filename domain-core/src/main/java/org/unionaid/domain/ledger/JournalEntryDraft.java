package org.unionaid.domain.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.DomainException;

/**
 * A movement ready to be posted: double-entry, so its lines sum to exactly zero. A draft that does
 * not balance cannot exist.
 *
 * @param campaignId    the campaign (活动) the money belongs to, if any
 * @param memo          what a reader of the ledger should know; at most {@value #MEMO_LENGTH} characters
 * @param anchorUnionId a union of the entry whose chain head, as it stands before this entry, the entry records
 *                      in every chain it extends (R-LEDGER-06); {@code null} for none
 */
public record JournalEntryDraft(EntryKind kind, DocumentRef document, Long campaignId, String memo,
        List<JournalLine> lines, Long anchorUnionId) {

    public static final int MEMO_LENGTH = 500;

    public JournalEntryDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
        lines = inPools(campaignId, lines);
        if (memo != null && memo.length() > MEMO_LENGTH) {
            throw DomainException.onField("memo", "ledger.memo.tooLong", MEMO_LENGTH);
        }
        if (lines.size() < 2) {
            throw new DomainException("ledger.entry.tooFewLines");
        }
        if (lines.stream().anyMatch(line -> line.amount().isZero())) {
            throw new DomainException("ledger.entry.zeroLine");
        }
        Money sum = lines.stream().map(JournalLine::amount).reduce(Money.ZERO, Money::plus);
        if (!sum.isZero()) {
            throw new DomainException("ledger.entry.unbalanced", sum);
        }
        if (anchorUnionId != null && lines.stream().noneMatch(line -> line.account().unionId() == anchorUnionId)) {
            // Its head is read under the entry's chain locks, which cover only the entry's own unions.
            throw new IllegalArgumentException("an entry anchors only a union it posts to: " + anchorUnionId);
        }
    }

    /** An entry that anchors no other chain. */
    public JournalEntryDraft(EntryKind kind, DocumentRef document, Long campaignId, String memo,
            List<JournalLine> lines) {
        this(kind, document, campaignId, memo, lines, null);
    }

    public static JournalEntryDraft of(EntryKind kind, DocumentRef document, String memo, JournalLine... lines) {
        return new JournalEntryDraft(kind, document, null, memo, List.of(lines));
    }

    /** This movement as money of {@code campaign}: its lines move to the campaign's pools. */
    public JournalEntryDraft forCampaign(long campaign) {
        return new JournalEntryDraft(kind, document, campaign, memo,
                lines.stream().map(line -> line.inPool(null)).toList(), anchorUnionId);
    }

    /**
     * R-FUND-01 — every line in the pool its entry implies: the entry's campaign, or none for daily assistance. A
     * line that names another pool is a mistake of the caller, not of the user, and fails loudly.
     */
    private static List<JournalLine> inPools(Long campaignId, List<JournalLine> lines) {
        return lines.stream().map(line -> {
            Long pool = LedgerAccount.poolOf(campaignId, line.account().purpose());
            Long named = line.account().campaignId();
            if (named != null && !named.equals(pool)) {
                throw new IllegalArgumentException("a line of campaign " + named + " in an entry of campaign "
                        + campaignId + " (" + line.account().purpose() + ")");
            }
            return named == null && pool != null ? line.inPool(pool) : line;
        }).toList();
    }

    /** This entry recording {@code unionId}'s chain head as it stands before the entry (R-LEDGER-06). */
    public JournalEntryDraft anchoring(long unionId) {
        return new JournalEntryDraft(kind, document, campaignId, memo, lines, unionId);
    }

    /** The unions whose chains this entry extends, in ascending id order. */
    public SortedSet<Long> unionIds() {
        SortedSet<Long> unions = new TreeSet<>();
        lines.forEach(line -> unions.add(line.account().unionId()));
        return unions;
    }

    /** The net change of each account the entry touches (two lines may share an account). */
    public Map<LedgerAccount, Money> netChanges() {
        Map<LedgerAccount, Money> changes = new LinkedHashMap<>();
        lines.forEach(line -> changes.merge(line.account(), line.amount(), Money::plus));
        return changes;
    }
}
