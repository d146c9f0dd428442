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
 * The ledger's tables written with plain SQL. PostgreSQL keeps entries and postings append-only,
 * checks at commit that every entry balances, and lets a chain head move only forward onto its
 * newest posting.
 */
@Repository
class JdbcJournal implements Journal {

    private final JdbcClient jdbc;

    JdbcJournal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, ChainHead> lockChains(Collection<Long> unionIds) {
        Map<Long, ChainHead> heads = new LinkedHashMap<>();
        // One at a time in ascending id order: every writer takes the locks it shares with another
        // in the same order, so entries between the same unions wait for each other, never in a circle.
        for (long unionId : unionIds.stream().distinct().sorted().toList()) {
            Optional<ChainHead> head = lockHead(unionId);
            if (head.isEmpty()) {
                // A concurrent first posting of the same union waits here for the other's commit.
                jdbc.sql("""
                        insert into ledger_chain_head (union_id, last_seq, last_hash) values (:union, 0, :genesis)
                        on conflict do nothing
                        """).param("union", unionId).param("genesis", ChainHash.GENESIS.bytes()).update();
                head = lockHead(unionId);
            }
            heads.put(unionId, head.orElseThrow());
        }
        return heads;
    }

    private Optional<ChainHead> lockHead(long unionId) {
        return jdbc.sql("select union_id, last_seq, last_hash from ledger_chain_head where union_id = :union for update")
                .param("union", unionId)
                .query((rs, row) -> new ChainHead(rs.getLong("union_id"), rs.getLong("last_seq"),
                        ChainHash.of(rs.getBytes("last_hash"))))
                .optional();
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
    public long addEntry(EntryHeader header) {
        try {
            return jdbc.sql("""
                    insert into ledger_entry (kind, document_type, document_id, campaign_id, memo, reverses_entry_id,
                                              posted_at, posted_by)
                    values (:kind, :documentType, :documentId, :campaign, :memo, :reverses, :postedAt,
                            :postedBy)
                    returning id
                    """)
                    .param("kind", header.kind().name())
                    .param("documentType", header.document().type())
                    .param("documentId", header.document().id())
                    .param("campaign", header.campaignId())
                    .param("memo", header.memo())
                    .param("reverses", header.reversesEntryId())
                    .param("postedAt", OffsetDateTime.ofInstant(header.postedAt(), ZoneOffset.UTC))
                    .param("postedBy", header.postedBy())
                    .query(Long.class).single();
        } catch (DuplicateKeyException alreadyReversed) {
            // Only reverses_entry_id is unique besides the sequence-given id.
            throw new DomainException("ledger.reversal.already");
        }
    }

    @Override
    public List<Posting> addPostings(List<ChainLink> links) {
        int size = links.size();
        Long[] entries = new Long[size];
        Long[] unions = new Long[size];
        Long[] seqs = new Long[size];
        String[] kinds = new String[size];
        String[] sources = new String[size];
        String[] purposes = new String[size];
        String[] amounts = new String[size];
        String[] times = new String[size];
        String[] prevHashes = new String[size];
        String[] hashes = new String[size];
        for (int i = 0; i < size; i++) {
            ChainLink link = links.get(i);
            PostingContent content = link.content();
            entries[i] = content.entryId();
            unions[i] = content.account().unionId();
            seqs[i] = content.chainSeq();
            kinds[i] = content.account().kind().name();
            sources[i] = content.account().source().name();
            purposes[i] = content.account().purpose().name();
            amounts[i] = content.amount().toString();
            times[i] = content.postedAt().toString();
            prevHashes[i] = link.prevHash().hex();
            hashes[i] = link.hash().hex();
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("""
                insert into ledger_posting (entry_id, union_id, chain_seq, account_kind, fund_source, purpose, amount,
                                            posted_at, prev_hash, hash)
                select l.entry_id, l.union_id, l.chain_seq, l.account_kind, l.fund_source, l.purpose, l.amount,
                       l.posted_at, decode(l.prev_hash, 'hex'), decode(l.hash, 'hex')
                  from unnest(:entries::bigint[], :unions::bigint[], :seqs::bigint[], :kinds::text[], :sources::text[],
                              :purposes::text[], :amounts::numeric[], :times::timestamptz[], :prevHashes::text[],
                              :hashes::text[])
                       as l(entry_id, union_id, chain_seq, account_kind, fund_source, purpose, amount, posted_at,
                            prev_hash, hash)
                returning id, union_id, chain_seq
                """)
                .param("entries", entries).param("unions", unions).param("seqs", seqs).param("kinds", kinds)
                .param("sources", sources).param("purposes", purposes).param("amounts", amounts)
                .param("times", times).param("prevHashes", prevHashes).param("hashes", hashes)
                .query(rs -> {
                    ids.put(rs.getLong("union_id") + "/" + rs.getLong("chain_seq"), rs.getLong("id"));
                });
        List<Posting> postings = new ArrayList<>(size);
        for (ChainLink link : links) {
            postings.add(new Posting(ids.get(link.content().account().unionId() + "/" + link.content().chainSeq()),
                    link));
        }
        return postings;
    }

    @Override
    public void advanceChains(Collection<ChainHead> heads) {
        jdbc.sql("""
                update ledger_chain_head h set last_seq = v.last_seq, last_hash = decode(v.last_hash, 'hex')
                  from unnest(:unions::bigint[], :seqs::bigint[], :hashes::text[]) as v(union_id, last_seq, last_hash)
                 where h.union_id = v.union_id
                """)
                .param("unions", heads.stream().map(ChainHead::unionId).toArray(Long[]::new))
                .param("seqs", heads.stream().map(ChainHead::lastSeq).toArray(Long[]::new))
                .param("hashes", heads.stream().map(head -> head.lastHash().hex()).toArray(String[]::new))
                .update();
    }

    @Override
    public void addToBalances(Map<LedgerAccount, Money> changes) {
        List<LedgerAccount> accounts = List.copyOf(changes.keySet());
        // An upsert, but not INSERT … ON CONFLICT: PostgreSQL checks the row it would insert before it
        // finds the conflict, so a withdrawal (a negative change) would fail the balance's "never below
        // zero" check. The chain locks keep others from adding the same account meanwhile.
        jdbc.sql("""
                with change as (
                    select * from unnest(:unions::bigint[], :kinds::text[], :sources::text[], :purposes::text[],
                                         :amounts::numeric[]) as c(union_id, account_kind, fund_source, purpose, amount)
                ), changed as (
                    update ledger_balance b set amount = b.amount + c.amount
                      from change c
                     where b.union_id = c.union_id and b.account_kind = c.account_kind
                       and b.fund_source = c.fund_source and b.purpose = c.purpose
                    returning b.union_id, b.account_kind, b.fund_source, b.purpose
                )
                insert into ledger_balance (union_id, account_kind, fund_source, purpose, amount)
                select * from change c
                 where not exists (select 1 from changed d
                                    where d.union_id = c.union_id and d.account_kind = c.account_kind
                                      and d.fund_source = c.fund_source and d.purpose = c.purpose)
                """)
                .param("unions", accounts.stream().map(LedgerAccount::unionId).toArray(Long[]::new))
                .param("kinds", accounts.stream().map(account -> account.kind().name()).toArray(String[]::new))
                .param("sources", accounts.stream().map(account -> account.source().name()).toArray(String[]::new))
                .param("purposes", accounts.stream().map(account -> account.purpose().name()).toArray(String[]::new))
                .param("amounts", accounts.stream().map(account -> changes.get(account).toString())
                        .toArray(String[]::new))
                .update();
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
