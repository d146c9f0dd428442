package org.unionaid.persistence.workpaper;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.workpaper.ChainHeadRow;
import org.unionaid.domain.workpaper.LedgerHeads;

/** The ledger chain heads of a subtree's unions, in tree order, as a working paper notes them down. */
@Repository
class JdbcLedgerHeads implements LedgerHeads {

    private final JdbcClient jdbc;

    JdbcLedgerHeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ChainHeadRow> headsIn(OrganisationPath scope) {
        return jdbc.sql("""
                select h.union_id, o.name, h.last_seq, encode(h.last_hash, 'hex') as last_hash
                  from ledger_chain_head h join organisation o on o.id = h.union_id
                 where o.path >= :lower and o.path < :upper
                 order by o.path
                """).param("lower", scope.lowerBound()).param("upper", scope.upperBound())
                .query((rs, row) -> new ChainHeadRow(rs.getLong("union_id"), rs.getString("name"),
                        rs.getLong("last_seq"), rs.getString("last_hash")))
                .list();
    }
}
