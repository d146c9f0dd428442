package org.unionaid.persistence.ledger;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.ledger.Anchors;
import org.unionaid.domain.ledger.ChainAnchor;
import org.unionaid.domain.ledger.ChainHash;
import org.unionaid.domain.ledger.ChainHead;
import org.unionaid.domain.ledger.Chains;
import org.unionaid.domain.ledger.Posting;
import org.unionaid.domain.scope.OrganisationPath;

/**
 * Chains read a page at a time along the unique (union_id, chain_seq) index, and the heads recorded outside
 * them: in entries of other chains (an allocation's anchor) and, for checkpoints, as they stand now.
 */
@Repository
class JdbcChains implements Chains, Anchors {

    private final JdbcClient jdbc;

    JdbcChains(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ChainHead> head(long unionId) {
        return jdbc.sql("select last_seq, last_hash from ledger_chain_head where union_id = :union")
                .param("union", unionId)
                .query((rs, row) -> new ChainHead(unionId, rs.getLong("last_seq"),
                        ChainHash.of(rs.getBytes("last_hash"))))
                .optional();
    }

    @Override
    public List<Posting> page(long unionId, long afterSeq, long upToSeq, int limit) {
        return jdbc.sql(PostingRows.SELECT + """
                 where p.union_id = :union and p.chain_seq > :after and p.chain_seq <= :upTo
                 order by p.chain_seq
                 limit :limit
                """)
                .param("union", unionId).param("after", afterSeq).param("upTo", upToSeq).param("limit", limit)
                .query(PostingRows::posting)
                .list();
    }

    @Override
    public List<AnchoredHead> anchorsOf(long unionId) {
        return jdbc.sql("""
                select e.id, e.anchor_seq, e.anchor_hash, at.hash as found, after.entry_id as entry_after
                  from ledger_entry e
                  left join ledger_posting at on at.union_id = e.anchor_union_id and at.chain_seq = e.anchor_seq
                  left join ledger_posting after on after.union_id = e.anchor_union_id
                                                and after.chain_seq = e.anchor_seq + 1
                 where e.anchor_union_id = :union
                 order by e.anchor_seq, e.id
                """)
                .param("union", unionId)
                .query((rs, row) -> {
                    long seq = rs.getLong("anchor_seq");
                    byte[] found = rs.getBytes("found");
                    return new AnchoredHead(rs.getLong("id"),
                            new ChainAnchor(unionId, seq, ChainHash.of(rs.getBytes("anchor_hash"))),
                            seq == 0 ? ChainHash.GENESIS : found == null ? null : ChainHash.of(found),
                            rs.getObject("entry_after", Long.class));
                })
                .list();
    }

    @Override
    public Optional<ChainHash> hashAt(long unionId, long seq) {
        if (seq == 0) {
            return Optional.of(ChainHash.GENESIS);
        }
        return jdbc.sql("select hash from ledger_posting where union_id = :union and chain_seq = :seq")
                .param("union", unionId).param("seq", seq)
                .query((rs, row) -> ChainHash.of(rs.getBytes("hash")))
                .optional();
    }

    @Override
    public List<UnionHead> headsIn(OrganisationPath scope) {
        return jdbc.sql("""
                select o.id, o.name, o.path, h.last_seq, h.last_hash
                  from organisation o
                  join ledger_chain_head h on h.union_id = o.id
                 where o.path >= :lower and o.path < :upper
                 order by o.path
                """)
                .param("lower", scope.lowerBound()).param("upper", scope.upperBound())
                .query((rs, row) -> new UnionHead(rs.getLong("id"), rs.getString("name"),
                        new OrganisationPath(rs.getString("path")),
                        new ChainHead(rs.getLong("id"), rs.getLong("last_seq"), ChainHash.of(rs.getBytes("last_hash")))))
                .list();
    }
}
