package org.unionaid.persistence.ledger;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.ledger.ChainHash;
import org.unionaid.domain.ledger.ChainHead;
import org.unionaid.domain.ledger.Chains;
import org.unionaid.domain.ledger.Posting;

/** Chains read a page at a time along the unique (union_id, chain_seq) index. */
@Repository
class JdbcChains implements Chains {

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
}
