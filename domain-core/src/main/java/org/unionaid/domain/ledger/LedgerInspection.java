package org.unionaid.domain.ledger;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAccounts;

/**
 * Reading the ledger (查阅台账) of a union in one's subtree: its balances, the money of its whole
 * subtree, its postings, an entry with all its lines, the export, and the proof that its chain is
 * intact. Finance, approvers, administrators and auditors may read; nothing here changes money, so
 * an auditor may do all of it. Exports and verifications are in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class LedgerInspection {

    /** Postings an export holds in memory at once. */
    static final int EXPORT_PAGE = 1_000;

    private static final Role[] READERS = {Role.FINANCE, Role.APPROVER, Role.ADMIN, Role.AUDITOR};

    private final Ledger ledger;
    private final LedgerReadings readings;
    private final Journal journal;
    private final LedgerCheck check;
    private final Organisations organisations;
    private final UserAccounts users;
    private final AuditLog auditLog;

    public LedgerInspection(Ledger ledger, LedgerReadings readings, Journal journal, LedgerCheck check,
            Organisations organisations, UserAccounts users, AuditLog auditLog) {
        this.ledger = ledger;
        this.readings = readings;
        this.journal = journal;
        this.check = check;
        this.organisations = organisations;
        this.users = users;
        this.auditLog = auditLog;
    }

    /** The union whose ledger is read: the actor's own when none is named, else one of its subtree. */
    public Organisation union(Actor actor, Long unionId) {
        actor.requireAnyRole(READERS);
        long id = unionId == null ? actor.organisationId() : unionId;
        Organisation union = organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
        actor.requireReach(union.path());
        return union;
    }

    /** The unions whose ledgers the actor may open, in tree order. */
    public List<Organisation> unions(Actor actor) {
        actor.requireAnyRole(READERS);
        return organisations.subtree(actor.organisationPath());
    }

    /** The union's own money per campaign (money of no campaign first), fund source and purpose. */
    public BalanceTable balances(Actor actor, long unionId) {
        union(actor, unionId);
        Map<Pool, BalanceRow> rows = new TreeMap<>();
        for (Balance balance : ledger.balances(unionId)) {
            LedgerAccount account = balance.account();
            if (account.kind().holdsMoney()) {
                rows.merge(new Pool(account.campaignId(), account.source(), account.purpose()),
                        BalanceRow.empty(account.campaignId(), account.source(), account.purpose())
                                .plus(account.kind(), balance.amount()),
                        BalanceRow::plus);
            }
        }
        return BalanceTable.of(List.copyOf(rows.values()));
    }

    /** The names of these campaigns, for the balance table's campaign column. */
    public Map<Long, String> campaignNames(Collection<Long> campaignIds) {
        Map<Long, String> names = new HashMap<>();
        names.putAll(readings.campaignNames(campaignIds));
        return names;
    }

    /** The money of the union and every union below it, per fund source. */
    public BalanceTable subtreeBalances(Actor actor, long unionId) {
        Organisation union = union(actor, unionId);
        Map<FundSource, BalanceRow> bySource = new EnumMap<>(FundSource.class);
        readings.subtreeBalances(union.path()).forEach(row -> bySource.put(row.source(), row));
        return BalanceTable.of(List.copyOf(bySource.values()));
    }

    /** A page of the union's postings, newest first. */
    public Page<Posting> postings(Actor actor, long unionId, PostingFilter filter, Pageable pageable) {
        union(actor, unionId);
        return ledger.postings(unionId, filter, pageable);
    }

    /**
     * Hands every posting of the filter to {@code sink}, newest first as the list shows them, a page at a
     * time; returns how many. Postings appended while the export runs are left out.
     */
    @Transactional
    public int export(Actor actor, long unionId, PostingFilter filter, Consumer<Posting> sink) {
        union(actor, unionId);
        int count = 0;
        long below = Long.MAX_VALUE;
        List<Posting> page;
        do {
            page = readings.postingsBelow(unionId, filter, below, EXPORT_PAGE);
            for (Posting posting : page) {
                sink.accept(posting);
                below = posting.chainSeq();
                count++;
            }
        } while (page.size() == EXPORT_PAGE);
        auditLog.record(AuditEntry.success(actor, AuditAction.LEDGER_EXPORT, "ledger", unionId,
                count + " postings, filter " + describe(filter)));
        return count;
    }

    /**
     * An entry with all its lines, for a reader who reaches at least one union of the entry: the other
     * side of an allocation is part of the proof.
     */
    public EntryDetails entry(Actor actor, long entryId) {
        actor.requireAnyRole(READERS);
        JournalEntry entry = ledger.entry(entryId);
        Map<Long, Organisation> unions = new LinkedHashMap<>();
        Set<Long> reachable = new TreeSet<>();
        for (Posting posting : entry.postings()) {
            long id = posting.account().unionId();
            Organisation union = unions.computeIfAbsent(id, key -> organisations.findById(key).orElseThrow());
            if (actor.reaches(union.path())) {
                reachable.add(id);
            }
        }
        if (reachable.isEmpty()) {
            throw new OutsideScopeException("ledger entry " + entryId);
        }
        EntryHeader header = entry.header();
        String postedBy = users.findById(header.postedBy()).map(UserAccount::getDisplayName).orElse(null);
        String campaign = header.campaignId() == null ? null
                : readings.campaignNames(List.of(header.campaignId())).get(header.campaignId());
        return new EntryDetails(entry, unions, reachable, postedBy, campaign, journal.reversalOf(entryId).orElse(null));
    }

    /**
     * R-LEDGER-04 — the ledger check of a union: its chain walked, its balances recomputed from its postings, its
     * entries summed, its anchored heads compared; audited either way.
     */
    @Transactional
    public LedgerCheckReport verify(Actor actor, long unionId) {
        union(actor, unionId);
        LedgerCheckReport report = check.check(unionId);
        ChainReport chain = report.chain();
        String detail = chain.problem()
                .map(broken -> "broken at " + broken.chainSeq() + " (posting " + broken.postingId() + "): "
                        + broken.problem() + ", " + chain.postingsVerified() + " postings intact before it")
                .orElse("intact: " + chain.postingsVerified() + " postings, head " + chain.headHash().hex());
        if (!report.balances().isEmpty() || !report.entries().isEmpty() || !report.anchors().isEmpty()) {
            detail += "; " + report.balances().size() + " balances differ from the postings, "
                    + report.entries().size() + " entries do not balance, " + report.anchors().size()
                    + " anchored heads no longer match";
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.LEDGER_VERIFY, "ledger", unionId, detail));
        return report;
    }

    private static String describe(PostingFilter filter) {
        return "source=" + filter.source() + " purpose=" + filter.purpose() + " kind=" + filter.kind() + " from="
                + filter.from() + " to=" + filter.to();
    }

    /** Campaign, source and purpose: one row of a union's balance table; no campaign first, then by id. */
    private record Pool(Long campaign, FundSource source, FundPurpose purpose) implements Comparable<Pool> {

        private static final Comparator<Pool> ORDER = Comparator
                .comparing(Pool::campaign, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Pool::source).thenComparing(Pool::purpose);

        @Override
        public int compareTo(Pool other) {
            return ORDER.compare(this, other);
        }
    }
}
