package org.unionaid.persistence.ledger;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.Balance;
import org.unionaid.domain.ledger.BalanceRow;
import org.unionaid.domain.ledger.BalanceDiscrepancy;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.LedgerAccount;
import org.unionaid.domain.ledger.LedgerReadings;
import org.unionaid.domain.ledger.Posting;
import org.unionaid.domain.ledger.PostingFilter;
import org.unionaid.domain.ledger.UnbalancedEntry;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.OrganisationPath;

/** Balances and posting lists of the ledger, and the proof that balances are the sums of postings. */
@Repository
class JdbcLedgerReadings implements LedgerReadings {

    private static final Comparator<LedgerAccount> ACCOUNT_ORDER = Comparator
            .comparing(LedgerAccount::kind).thenComparing(LedgerAccount::source).thenComparing(LedgerAccount::purpose);

    private final JdbcClient jdbc;

    JdbcLedgerReadings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Balance> balances(long unionId) {
        return jdbc.sql("""
                select union_id, account_kind, fund_source, purpose, amount from ledger_balance where union_id = :union
                """)
                .param("union", unionId)
                .query((rs, row) -> new Balance(account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        Money.of(rs.getBigDecimal(5))))
                .list().stream()
                .sorted(Comparator.comparing(Balance::account, ACCOUNT_ORDER))
                .toList();
    }

    @Override
    public Page<Posting> postings(long unionId, PostingFilter filter, Pageable pageable) {
        String where = where(filter);
        List<Posting> postings = bind(jdbc.sql(PostingRows.SELECT + where
                + " order by p.chain_seq desc limit :limit offset :offset"), unionId, filter)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(PostingRows::posting).list();
        long total = bind(jdbc.sql("""
                select count(*) from ledger_posting p join ledger_entry e on e.id = p.entry_id
                """ + where), unionId, filter)
                .query(Long.class).single();
        return new PageImpl<>(postings, pageable, total);
    }

    @Override
    public List<Posting> postingsBelow(long unionId, PostingFilter filter, long belowSeq, int limit) {
        return bind(jdbc.sql(PostingRows.SELECT + where(filter)
                + " and p.chain_seq < :below order by p.chain_seq desc limit :limit"), unionId, filter)
                .param("below", belowSeq).param("limit", limit)
                .query(PostingRows::posting).list();
    }

    @Override
    public List<BalanceRow> subtreeBalances(OrganisationPath scope) {
        // The subtree is the path range the rest of the application uses (see OrganisationPath).
        return jdbc.sql("""
                select b.fund_source,
                       coalesce(sum(b.amount) filter (where b.account_kind = 'AVAILABLE'), 0) as available,
                       coalesce(sum(b.amount) filter (where b.account_kind = 'COMMITTED'), 0) as committed,
                       coalesce(sum(b.amount) filter (where b.account_kind = 'DISBURSED'), 0) as disbursed
                  from organisation o
                  join ledger_balance b on b.union_id = o.id
                 where o.path >= :lower and o.path < :upper and b.account_kind <> 'RECEIVED'
                 group by b.fund_source
                """)
                .param("lower", scope.lowerBound()).param("upper", scope.upperBound())
                .query((rs, row) -> new BalanceRow(FundSource.valueOf(rs.getString("fund_source")), null,
                        Money.of(rs.getBigDecimal("available")), Money.of(rs.getBigDecimal("committed")),
                        Money.of(rs.getBigDecimal("disbursed"))))
                .list();
    }

    /** Fixed fragments only; every value is a bound parameter. */
    private static String where(PostingFilter filter) {
        StringBuilder where = new StringBuilder(" where p.union_id = :union");
        if (filter.source() != null) {
            where.append(" and p.fund_source = :source");
        }
        if (filter.purpose() != null) {
            where.append(" and p.purpose = :purpose");
        }
        if (filter.kind() != null) {
            where.append(" and e.kind = :kind");
        }
        if (filter.from() != null) {
            where.append(" and p.posted_at >= :from");
        }
        if (filter.to() != null) {
            where.append(" and p.posted_at < :to");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, long unionId,
            PostingFilter filter) {
        statement = statement.param("union", unionId);
        if (filter.source() != null) {
            statement = statement.param("source", filter.source().name());
        }
        if (filter.purpose() != null) {
            statement = statement.param("purpose", filter.purpose().name());
        }
        if (filter.kind() != null) {
            statement = statement.param("kind", filter.kind().name());
        }
        if (filter.from() != null) {
            statement = statement.param("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            statement = statement.param("to", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        return statement;
    }

    @Override
    public Optional<Long> entryIdOfPosting(long postingId) {
        return jdbc.sql("select entry_id from ledger_posting where id = :posting")
                .param("posting", postingId).query(Long.class).optional();
    }

    @Override
    public List<BalanceDiscrepancy> balanceDiscrepancies() {
        return jdbc.sql("""
                select union_id, account_kind, fund_source, purpose, b.amount as maintained, p.amount as posted
                  from ledger_balance b
                  full join (select union_id, account_kind, fund_source, purpose, sum(amount) as amount
                               from ledger_posting group by union_id, account_kind, fund_source, purpose) p
                       using (union_id, account_kind, fund_source, purpose)
                 where b.amount is distinct from p.amount
                """)
                .query((rs, row) -> new BalanceDiscrepancy(
                        account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        money(rs.getBigDecimal("maintained")), money(rs.getBigDecimal("posted"))))
                .list();
    }

    @Override
    public List<BalanceDiscrepancy> balanceDiscrepancies(long unionId) {
        // Both sides of one union only: its stored balances, and its postings summed per account. An account
        // without a row and one without postings both hold nothing.
        return jdbc.sql("""
                select union_id, account_kind, fund_source, purpose, b.amount as maintained, p.amount as posted
                  from (select * from ledger_balance where union_id = :union) b
                  full join (select union_id, account_kind, fund_source, purpose, sum(amount) as amount
                               from ledger_posting where union_id = :union
                              group by union_id, account_kind, fund_source, purpose) p
                       using (union_id, account_kind, fund_source, purpose)
                 where coalesce(b.amount, 0) <> coalesce(p.amount, 0)
                 order by account_kind, fund_source, purpose
                """)
                .param("union", unionId)
                .query((rs, row) -> new BalanceDiscrepancy(
                        account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        money(rs.getBigDecimal("maintained")), money(rs.getBigDecimal("posted"))))
                .list();
    }

    @Override
    public List<UnbalancedEntry> unbalancedEntries(long unionId) {
        return jdbc.sql("""
                select p.entry_id, count(*) as postings, sum(p.amount) as total
                  from ledger_posting p
                 where p.entry_id in (select entry_id from ledger_posting where union_id = :union)
                 group by p.entry_id
                having count(*) < 2 or sum(p.amount) <> 0
                 order by p.entry_id
                """)
                .param("union", unionId)
                .query((rs, row) -> new UnbalancedEntry(rs.getLong("entry_id"), rs.getInt("postings"),
                        Money.of(rs.getBigDecimal("total"))))
                .list();
    }

    private static LedgerAccount account(long unionId, String kind, String source, String purpose) {
        return new LedgerAccount(unionId, AccountKind.valueOf(kind), FundSource.valueOf(source),
                FundPurpose.valueOf(purpose));
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? Money.ZERO : Money.of(amount);
    }
}
