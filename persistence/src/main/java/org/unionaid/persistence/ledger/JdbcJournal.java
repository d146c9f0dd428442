package org.unionaid.persistence.ledger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.ledger.ChainHash;
import org.unionaid.domain.ledger.ChainHead;
import org.unionaid.domain.ledger.ChainLink;
import org.unionaid.domain.ledger.EntryHeader;
import org.unionaid.domain.ledger.Journal;
import org.unionaid.domain.ledger.JournalEntry;
import org.unionaid.domain.ledger.LedgerAccount;
import org.unionaid.domain.ledger.Posting;
import org.unionaid.domain.ledger.PostingContent;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.DomainException;

/**
 * The ledger's tables written with plain SQL. PostgreSQL keeps entries and postings append-only (R-LEDGER-01),
 * checks at commit that every entry balances, and lets a chain head move only forward onto its
 * newest posting.
 */
@Repository
class JdbcJournal implements Journal {

    private final JdbcClient jdbc;
    private final EntryIds entryIds;

    JdbcJournal(JdbcClient jdbc, EntryIds entryIds) {
        this.jdbc = jdbc;
        this.entryIds = entryIds;
    }

    @Override
    public Map<Long, ChainHead> lockChains(Collection<Long> unionIds) {
        Long[] unions = unionIds.stream().distinct().sorted().toArray(Long[]::new);
        Map<Long, ChainHead> heads = lockHeads(unions);
        if (heads.size() < unions.length) {
            // First postings of a union. A concurrent first posting of the same union waits here for
            // the other's commit and then finds its head.
            jdbc.sql("""
                    insert into ledger_chain_head (union_id, last_seq, last_hash)
                    select union_id, 0, :genesis from unnest(:unions::bigint[]) as u(union_id)
                     order by union_id
                    on conflict do nothing
                    """).param("unions", unions).param("genesis", ChainHash.GENESIS.bytes()).update();
            heads = lockHeads(unions);
        }
        return heads;
    }

    /**
     * Locks in ascending union id order (the sort runs below the row locking): every writer takes
     * the locks it shares with another in the same order, so entries between the same unions wait
     * for each other, never in a circle.
     */
    private Map<Long, ChainHead> lockHeads(Long[] unions) {
        Map<Long, ChainHead> heads = new LinkedHashMap<>();
        jdbc.sql("""
                select union_id, last_seq, last_hash from ledger_chain_head
                 where union_id = any(:unions::bigint[])
                 order by union_id
                   for update
                """).param("unions", unions)
                .query(rs -> {
                    long union = rs.getLong("union_id");
                    heads.put(union, new ChainHead(union, rs.getLong("last_seq"), ChainHash.of(rs.getBytes("last_hash"))));
                });
        return heads;
    }

    @Override
    public Money balance(LedgerAccount account) {
        return jdbc.sql("""
                select amount from ledger_balance
                 where union_id = :union and account_kind = :kind and fund_source = :source and purpose = :purpose
                """)
                .param("union", account.unionId()).param("kind", account.kind().name())
                .param("source", account.source().name()).param("purpose", account.purpose().name())
                .query((rs, row) -> Money.of(rs.getBigDecimal(1)))
                .optional().orElse(Money.ZERO);
    }

    @Override
    public long nextEntryId() {
        return entryIds.next();
    }

    /**
     * One statement: the entry, its postings (their foreign key to the entry is checked at the
     * statement's end), the chain heads moved onto them, and the balances changed. The balances are
     * upserted, but not with INSERT … ON CONFLICT: PostgreSQL checks the row it would insert before it
     * finds the conflict, so a withdrawal (a negative change) would fail the balance's "never below
     * zero" check. The chain locks keep others from adding the same account meanwhile.
     */
    @Override
    public List<Posting> append(long entryId, EntryHeader header, List<ChainLink> links, Collection<ChainHead> heads,
            Map<LedgerAccount, Money> changes) {
        List<LedgerAccount> accounts = List.copyOf(changes.keySet());
        Map<String, Long> ids = new HashMap<>();
        try {
            jdbc.sql("""
                    with entry as (
                        insert into ledger_entry (id, kind, document_type, document_id, campaign_id, memo,
                                                  reverses_entry_id, posted_at, posted_by)
                        values (:entry, :kind, :documentType, :documentId, :campaign, :memo, :reverses, :postedAt,
                                :postedBy)
                    ), head as (
                        update ledger_chain_head h set last_seq = v.last_seq, last_hash = decode(v.last_hash, 'hex')
                          from unnest(:headUnions::bigint[], :headSeqs::bigint[], :headHashes::text[])
                               as v(union_id, last_seq, last_hash)
                         where h.union_id = v.union_id
                    ), change as (
                        select * from unnest(:balanceUnions::bigint[], :balanceKinds::text[], :balanceSources::text[],
                                             :balancePurposes::text[], :balanceAmounts::numeric[])
                                   as c(union_id, account_kind, fund_source, purpose, amount)
                    ), changed as (
                        update ledger_balance b set amount = b.amount + c.amount
                          from change c
                         where b.union_id = c.union_id and b.account_kind = c.account_kind
                           and b.fund_source = c.fund_source and b.purpose = c.purpose
                        returning b.union_id, b.account_kind, b.fund_source, b.purpose
                    ), added as (
                        insert into ledger_balance (union_id, account_kind, fund_source, purpose, amount)
                        select * from change c
                         where not exists (select 1 from changed d
                                            where d.union_id = c.union_id and d.account_kind = c.account_kind
                                              and d.fund_source = c.fund_source and d.purpose = c.purpose)
                    )
                    insert into ledger_posting (entry_id, union_id, chain_seq, account_kind, fund_source, purpose,
                                                amount, posted_at, prev_hash, hash)
                    select :entry, l.union_id, l.chain_seq, l.account_kind, l.fund_source, l.purpose, l.amount,
                           l.posted_at, decode(l.prev_hash, 'hex'), decode(l.hash, 'hex')
                      from unnest(:unions::bigint[], :seqs::bigint[], :kinds::text[], :sources::text[],
                                  :purposes::text[], :amounts::numeric[], :times::timestamptz[], :prevHashes::text[],
                                  :hashes::text[]) with ordinality
                           as l(union_id, chain_seq, account_kind, fund_source, purpose, amount, posted_at, prev_hash,
                                hash, position)
                     order by l.position
                    returning id, union_id, chain_seq
                    """)
                    .param("entry", entryId)
                    .param("kind", header.kind().name())
                    .param("documentType", header.document().type())
                    .param("documentId", header.document().id())
                    .param("campaign", header.campaignId())
                    .param("memo", header.memo())
                    .param("reverses", header.reversesEntryId())
                    .param("postedAt", OffsetDateTime.ofInstant(header.postedAt(), ZoneOffset.UTC))
                    .param("postedBy", header.postedBy())
                    .params(new PostingColumns(links).parameters())
                    .param("headUnions", heads.stream().map(ChainHead::unionId).toArray(Long[]::new))
                    .param("headSeqs", heads.stream().map(ChainHead::lastSeq).toArray(Long[]::new))
                    .param("headHashes", heads.stream().map(head -> head.lastHash().hex()).toArray(String[]::new))
                    .param("balanceUnions", accounts.stream().map(LedgerAccount::unionId).toArray(Long[]::new))
                    .param("balanceKinds", accounts.stream().map(account -> account.kind().name())
                            .toArray(String[]::new))
                    .param("balanceSources", accounts.stream().map(account -> account.source().name())
                            .toArray(String[]::new))
                    .param("balancePurposes", accounts.stream().map(account -> account.purpose().name())
                            .toArray(String[]::new))
                    .param("balanceAmounts", accounts.stream().map(account -> changes.get(account).toString())
                            .toArray(String[]::new))
                    .query(rs -> {
                        ids.put(rs.getLong("union_id") + "/" + rs.getLong("chain_seq"), rs.getLong("id"));
                    });
        } catch (DuplicateKeyException alreadyReversed) {
            // Only reverses_entry_id is unique besides the ids the database hands out.
            throw new DomainException("ledger.reversal.already");
        }
        List<Posting> postings = new ArrayList<>(links.size());
        for (ChainLink link : links) {
            postings.add(new Posting(ids.get(link.content().account().unionId() + "/" + link.content().chainSeq()),
                    link));
        }
        return postings;
    }

    @Override
    public Optional<JournalEntry> entry(long entryId) {
        List<Posting> postings = jdbc.sql(PostingRows.SELECT + " where p.entry_id = :entry order by p.id")
                .param("entry", entryId)
                .query(PostingRows::posting)
                .list();
        // PostgreSQL refuses to commit an entry without postings, so none means no such entry.
        return postings.isEmpty() ? Optional.empty()
                : Optional.of(new JournalEntry(entryId, postings.get(0).entry(), postings));
    }

    @Override
    public Optional<Long> reversalOf(long entryId) {
        return jdbc.sql("select id from ledger_entry where reverses_entry_id = :entry")
                .param("entry", entryId).query(Long.class).optional();
    }
}
