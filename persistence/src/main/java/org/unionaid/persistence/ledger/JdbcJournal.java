package org.unionaid.persistence.ledger;

import java.sql.Types;
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
import org.unionaid.domain.ledger.ChainAnchor;
import org.unionaid.domain.ledger.ChainHash;
import org.unionaid.domain.ledger.ChainHead;
import org.unionaid.domain.ledger.ChainLink;
import org.unionaid.domain.ledger.EntryHeader;
import org.unionaid.domain.ledger.Journal;
import org.unionaid.domain.ledger.JournalEntry;
import org.unionaid.domain.ledger.LedgerAccount;
import org.unionaid.domain.ledger.Posting;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.DomainException;

/**
 * The ledger's tables written with plain SQL. PostgreSQL keeps entries and postings append-only (R-LEDGER-01),
 * checks at commit that every entry balances, lets a chain head move only forward onto its
 * newest posting, and keeps the balances itself from the postings (R-LEDGER-03).
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
                   and campaign_id is not distinct from :campaign
                """)
                .param("union", account.unionId()).param("kind", account.kind().name())
                .param("campaign", account.campaignId(), Types.BIGINT)
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
     * statement's end) and the chain heads moved onto them. The balances are not written here: the
     * posting trigger adds the statement's postings to them (R-LEDGER-03), and no other writer may.
     */
    @Override
    public List<Posting> append(long entryId, EntryHeader header, List<ChainLink> links, Collection<ChainHead> heads) {
        Map<String, Long> ids = new HashMap<>();
        ChainAnchor anchor = header.anchor();
        try {
            jdbc.sql("""
                    with entry as (
                        insert into ledger_entry (id, kind, document_type, document_id, campaign_id, memo,
                                                  reverses_entry_id, posted_at, posted_by, anchor_union_id, anchor_seq,
                                                  anchor_hash)
                        values (:entry, :kind, :documentType, :documentId, :campaign, :memo, :reverses, :postedAt,
                                :postedBy, :anchorUnion, :anchorSeq, decode(:anchorHash, 'hex'))
                    ), head as (
                        update ledger_chain_head h set last_seq = v.last_seq, last_hash = decode(v.last_hash, 'hex')
                          from unnest(:headUnions::bigint[], :headSeqs::bigint[], :headHashes::text[])
                               as v(union_id, last_seq, last_hash)
                         where h.union_id = v.union_id
                    )
                    insert into ledger_posting (entry_id, union_id, chain_seq, account_kind, fund_source, purpose,
                                                amount, posted_at, prev_hash, hash, content_version, campaign_id)
                    select :entry, l.union_id, l.chain_seq, l.account_kind, l.fund_source, l.purpose, l.amount,
                           l.posted_at, decode(l.prev_hash, 'hex'), decode(l.hash, 'hex'), l.version, l.campaign_id
                      from unnest(:unions::bigint[], :seqs::bigint[], :kinds::text[], :sources::text[],
                                  :purposes::text[], :amounts::numeric[], :times::timestamptz[], :prevHashes::text[],
                                  :hashes::text[], :versions::smallint[], :campaigns::bigint[]) with ordinality
                           as l(union_id, chain_seq, account_kind, fund_source, purpose, amount, posted_at, prev_hash,
                                hash, version, campaign_id, position)
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
                    .param("anchorUnion", anchor == null ? null : anchor.unionId(), Types.BIGINT)
                    .param("anchorSeq", anchor == null ? null : anchor.seq(), Types.BIGINT)
                    .param("anchorHash", anchor == null ? null : anchor.hash().hex(), Types.VARCHAR)
                    .params(new PostingColumns(links).parameters())
                    .param("headUnions", heads.stream().map(ChainHead::unionId).toArray(Long[]::new))
                    .param("headSeqs", heads.stream().map(ChainHead::lastSeq).toArray(Long[]::new))
                    .param("headHashes", heads.stream().map(head -> head.lastHash().hex()).toArray(String[]::new))
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
