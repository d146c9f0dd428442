package org.unionaid.persistence.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.unionaid.domain.scope.OrganisationPath;

/** Balances and posting lists of the ledger, and the proof that balances are the sums of postings. */
@Repository
class JdbcLedgerReadings implements LedgerReadings {

    private static final Comparator<LedgerAccount> ACCOUNT_ORDER = Comparator
            .comparing(LedgerAccount::kind).thenComparing(LedgerAccount::source).thenComparing(LedgerAccount::purpose)
            .thenComparing(LedgerAccount::campaignId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static final Comparator<BalanceRow> ROW_ORDER = Comparator.comparing(BalanceRow::source)
            .thenComparing(BalanceRow::purpose);

    /** Stored balances and summed postings, matched per account: the campaign pool of no campaign matches too. */
    private static final String DISCREPANCIES = """
            select coalesce(b.union_id, p.union_id) as union_id, coalesce(b.account_kind, p.account_kind) as account_kind,
                   coalesce(b.fund_source, p.fund_source) as fund_source, coalesce(b.purpose, p.purpose) as purpose,
                   coalesce(b.campaign_id, p.campaign_id) as campaign_id, b.amount as maintained, p.amount as posted
              from (select * from ledger_balance %1$s) b
              full join (select union_id, account_kind, fund_source, purpose, campaign_id, sum(amount) as amount
                           from ledger_posting %1$s
                          group by union_id, account_kind, fund_source, purpose, campaign_id) p
                on p.union_id = b.union_id and p.account_kind = b.account_kind and p.fund_source = b.fund_source
               and p.purpose = b.purpose and p.campaign_id is not distinct from b.campaign_id
            """;

    private final JdbcClient jdbc;

    @Override
    public Map<Long, String> campaignNames(Collection<Long> campaignIds) {
        Map<Long, String> names = new HashMap<>();
        Long[] ids = campaignIds.stream().filter(Objects::nonNull).distinct().toArray(Long[]::new);
        if (ids.length > 0) {
            jdbc.sql("select id, name from campaign where id = any(:ids::bigint[])").param("ids", ids)
                    .query(rs -> {
                        names.put(rs.getLong("id"), rs.getString("name"));
                    });
        }
        return names;
    }

    JdbcLedgerReadings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Balance> balances(long unionId) {
        return jdbc.sql("""
                select union_id, account_kind, fund_source, purpose, campaign_id, amount from ledger_balance
                 where union_id = :union
                """)
                .param("union", unionId)
                .query((rs, row) -> new Balance(account(rs), Money.of(rs.getBigDecimal("amount"))))
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
        return jdbc.sql(DISCREPANCIES.formatted("") + " where b.amount is distinct from p.amount")
                .query((rs, row) -> new BalanceDiscrepancy(account(rs), money(rs.getBigDecimal("maintained")),
                        money(rs.getBigDecimal("posted"))))
                .list();
    }

    @Override
    public List<BalanceDiscrepancy> balanceDiscrepancies(long unionId) {
        // Both sides of one union only. An account without a row and one without postings both hold nothing.
        return jdbc.sql(DISCREPANCIES.formatted("where union_id = :union")
                        + " where coalesce(b.amount, 0) <> coalesce(p.amount, 0) order by 2, 3, 4, 5 nulls first")
                .param("union", unionId)
                .query((rs, row) -> new BalanceDiscrepancy(account(rs), money(rs.getBigDecimal("maintained")),
                        money(rs.getBigDecimal("posted"))))
                .list();
    }

    @Override
    public List<BalanceRow> campaignBalances(long campaignId, OrganisationPath scope) {
        return campaignRows("""
                  from organisation o join ledger_balance b on b.union_id = o.id
                 where o.path >= :lower and o.path < :upper and b.campaign_id = :campaign
                """, campaignId)
                .param("lower", scope.lowerBound()).param("upper", scope.upperBound())
                .query((rs, row) -> campaignRow(rs, campaignId)).list().stream().sorted(ROW_ORDER).toList();
    }

    @Override
    public List<BalanceRow> campaignBalances(long campaignId, long unionId) {
        return campaignRows(" from ledger_balance b where b.union_id = :union and b.campaign_id = :campaign",
                campaignId)
                .param("union", unionId)
                .query((rs, row) -> campaignRow(rs, campaignId)).list().stream().sorted(ROW_ORDER).toList();
    }

    private JdbcClient.StatementSpec campaignRows(String from, long campaignId) {
        return jdbc.sql("""
                select b.fund_source, b.purpose,
                       coalesce(sum(b.amount) filter (where b.account_kind = 'AVAILABLE'), 0) as available,
                       coalesce(sum(b.amount) filter (where b.account_kind = 'COMMITTED'), 0) as committed,
                       coalesce(sum(b.amount) filter (where b.account_kind = 'DISBURSED'), 0) as disbursed
                """ + from + """
                   and b.account_kind <> 'RECEIVED'
                 group by b.fund_source, b.purpose
                """).param("campaign", campaignId);
    }

    /** In source and purpose order, as the enums declare them. */
    private static BalanceRow campaignRow(ResultSet rs, long campaignId) throws SQLException {
        return new BalanceRow(FundSource.valueOf(rs.getString("fund_source")), FundPurpose.valueOf(rs.getString("purpose")),
                Money.of(rs.getBigDecimal("available")), Money.of(rs.getBigDecimal("committed")),
                Money.of(rs.getBigDecimal("disbursed")), campaignId);
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

    private static LedgerAccount account(ResultSet rs) throws SQLException {
        return new LedgerAccount(rs.getLong("union_id"), AccountKind.valueOf(rs.getString("account_kind")),
                FundSource.valueOf(rs.getString("fund_source")), FundPurpose.valueOf(rs.getString("purpose")),
                rs.getObject("campaign_id", Long.class));
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? Money.ZERO : Money.of(amount);
    }
}
