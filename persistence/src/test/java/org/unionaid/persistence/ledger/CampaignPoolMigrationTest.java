package org.unionaid.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.Balance;
import org.unionaid.domain.ledger.ChainHead;
import org.unionaid.domain.ledger.ChainLink;
import org.unionaid.domain.ledger.ChainReport;
import org.unionaid.domain.ledger.ChainVerification;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.EntryHeader;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.JournalEntryDraft;
import org.unionaid.domain.ledger.JournalLine;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.ledger.LedgerAccount;
import org.unionaid.domain.ledger.PostingContent;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.persistence.testsupport.TestPostgres;

/**
 * V40 and V41 on a ledger written before them: every posting moves to the campaign pool its hashed content implies
 * and keeps its hash input, so the chain still verifies; the balances are recomputed per campaign, and a campaign
 * that had spent money received for another campaign or for none keeps that deficit as its floor, below which
 * nothing goes. Specifies R-FUND-01 (docs/rules.md).
 */
class CampaignPoolMigrationTest {

    private static final long UNION = 1;
    private static final long USER = 1;
    private static final long RUNNING = 10;
    private static final long OTHER = 11;
    private static final FundSource OWN = FundSource.OWN_UNION_FUNDS;
    private static final FundPurpose CONDOLENCE = FundPurpose.CONDOLENCE;
    private static final Instant FIRST = Instant.parse("2026-01-05T02:00:00Z");

    private ChainHead head = ChainHead.empty(UNION);
    private TransactionTemplate transactions;
    private long entryId = 100;

    // R-FUND-01
    @Test
    void postingsMoveToTheirImpliedPoolsTheChainStillVerifiesAndAnOldDeficitBecomesAFloor() {
        String url = TestPostgres.createEmptyDatabase("unionaid_campaign_pool_test");
        TestPostgres.Server server = TestPostgres.server();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, server.username(), server.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("38").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        jdbc.sql("insert into organisation (id, code, name, type, path, region_code) values (1, 'ZJ-HZ', '杭州市总工会', "
                + "'CITY', '/1/', '330100')").update();
        jdbc.sql("insert into user_account (id, login_name, display_name, organisation_id, password_hash) "
                + "values (1, 'finance', '财务', 1, 'x')").update();
        for (long campaign : new long[] {RUNNING, OTHER}) {
            jdbc.sql("""
                    insert into campaign (id, name, year, starts_on, ends_on, organisation_id, reporting_deadline,
                                          created_by, created_at)
                    values (:id, :name, 2026, '2026-01-01', '2026-02-28', 1, '2026-03-10', 1, now())
                    """).param("id", campaign).param("name", "活动" + campaign).update();
        }
        // Written as the ledger wrote before V40: content version 1, the balances kept per source and purpose only.
        // Campaign 10 commits 1,200 though it received 1,000: the other 200 came from money of no campaign.
        entry(jdbc, EntryKind.RECEIPT, RUNNING, line(AccountKind.RECEIVED, CONDOLENCE, "-1000"),
                line(AccountKind.AVAILABLE, CONDOLENCE, "1000"));
        entry(jdbc, EntryKind.RECEIPT, null, line(AccountKind.RECEIVED, CONDOLENCE, "-500"),
                line(AccountKind.AVAILABLE, CONDOLENCE, "500"));
        entry(jdbc, EntryKind.COMMITMENT, RUNNING, line(AccountKind.AVAILABLE, CONDOLENCE, "-1200"),
                line(AccountKind.COMMITTED, CONDOLENCE, "1200"));
        entry(jdbc, EntryKind.RECEIPT, OTHER, line(AccountKind.RECEIVED, CONDOLENCE, "-300"),
                line(AccountKind.AVAILABLE, CONDOLENCE, "300"));
        entry(jdbc, EntryKind.BALANCE_TRANSFER, OTHER, line(AccountKind.AVAILABLE, CONDOLENCE, "-100"),
                line(AccountKind.AVAILABLE, FundPurpose.DAILY, "100"));
        jdbc.sql("insert into ledger_chain_head (union_id, last_seq, last_hash) values (1, :seq, :hash)")
                .param("seq", head.lastSeq()).param("hash", head.lastHash().bytes()).update();
        jdbc.sql("""
                insert into ledger_balance (union_id, account_kind, fund_source, purpose, amount)
                select union_id, account_kind, fund_source, purpose, sum(amount) from ledger_posting
                 group by union_id, account_kind, fund_source, purpose
                """).update();

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        JdbcChains chains = new JdbcChains(jdbc);
        JdbcLedgerReadings readings = new JdbcLedgerReadings(jdbc);
        ChainReport report = new ChainVerification(chains).verify(UNION);
        assertThat(report.intact()).isTrue();
        assertThat(report.postingsVerified()).isEqualTo(10);
        assertThat(jdbc.sql("select e.kind, p.purpose, p.campaign_id from ledger_posting p join ledger_entry e "
                + "on e.id = p.entry_id where p.account_kind = 'AVAILABLE' order by p.chain_seq")
                .query((rs, row) -> tuple(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class))).list())
                .containsExactly(tuple("RECEIPT", "CONDOLENCE", RUNNING), tuple("RECEIPT", "CONDOLENCE", null),
                        tuple("COMMITMENT", "CONDOLENCE", RUNNING), tuple("RECEIPT", "CONDOLENCE", OTHER),
                        tuple("BALANCE_TRANSFER", "CONDOLENCE", OTHER), tuple("BALANCE_TRANSFER", "DAILY", null));
        assertThat(readings.balanceDiscrepancies()).isEmpty();
        assertThat(readings.balances(UNION)).extracting(Balance::account, Balance::amount).contains(
                tuple(LedgerAccount.available(UNION, RUNNING, OWN, CONDOLENCE), Money.yuan("-200")),
                tuple(LedgerAccount.available(UNION, null, OWN, CONDOLENCE), Money.yuan("500")),
                tuple(LedgerAccount.available(UNION, OTHER, OWN, CONDOLENCE), Money.yuan("200")),
                tuple(LedgerAccount.available(UNION, null, OWN, FundPurpose.DAILY), Money.yuan("100")),
                tuple(new LedgerAccount(UNION, AccountKind.COMMITTED, OWN, CONDOLENCE, RUNNING), Money.yuan("1200")));

        // After the migration: money of campaign 10 fills its deficit first, and nothing takes it below its floor.
        Ledger ledger = new Ledger(new JdbcJournal(jdbc, new EntryIds(jdbc)), readings, Clock.systemUTC());
        ledger.post(JournalEntryDraft.of(EntryKind.RECEIPT, new DocumentRef("fund_receipt", 9), "经费",
                JournalLine.of(UNION, AccountKind.RECEIVED, OWN, CONDOLENCE, Money.yuan("-300")),
                JournalLine.of(UNION, AccountKind.AVAILABLE, OWN, CONDOLENCE, Money.yuan("300"))).forCampaign(RUNNING),
                USER);
        assertThat(ledger.balance(UNION, RUNNING, AccountKind.AVAILABLE, OWN, CONDOLENCE)).isEqualTo(Money.yuan("100"));
        assertThatThrownBy(() -> ledger.requireAvailable(UNION, RUNNING, OWN, CONDOLENCE, Money.yuan("100.01")))
                .isInstanceOf(DomainException.class);
        assertThat(new ChainVerification(chains).verify(UNION).intact()).isTrue();
        assertThat(readings.balanceDiscrepancies(UNION)).isEmpty();
    }

    private static JournalLine line(AccountKind kind, FundPurpose purpose, String amount) {
        return JournalLine.of(UNION, kind, OWN, purpose, Money.yuan(amount));
    }

    /** One entry as the V30 writer stored it: hashed in content version 1, no content version column yet. */
    private void entry(JdbcClient jdbc, EntryKind kind, Long campaign, JournalLine... lines) {
        // One transaction: PostgreSQL checks at commit that the entry balances.
        transactions.executeWithoutResult(status -> store(jdbc, kind, campaign, lines));
    }

    private void store(JdbcClient jdbc, EntryKind kind, Long campaign, JournalLine... lines) {
        long id = entryId++;
        Instant at = FIRST.plusSeconds(60 * id);
        EntryHeader header = new EntryHeader(kind, new DocumentRef("document", id), campaign, "迁移前", null, at, USER);
        jdbc.sql("""
                insert into ledger_entry (id, kind, document_type, document_id, campaign_id, memo, posted_at, posted_by)
                values (:id, :kind, 'document', :id, :campaign, '迁移前', :at, 1)
                """).param("id", id).param("kind", kind.name()).param("campaign", campaign, Types.BIGINT)
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
        for (JournalLine line : lines) {
            // The account's pool is the one the entry implies: what V41 will store for it.
            LedgerAccount account = line.account().inPool(LedgerAccount.poolOf(campaign, line.account().purpose()));
            ChainLink link = ChainLink.after(head.lastHash(),
                    new PostingContent(account, head.lastSeq() + 1, id, header, line.amount(), at, 1));
            head = head.after(link);
            jdbc.sql("""
                    insert into ledger_posting (entry_id, union_id, chain_seq, account_kind, fund_source, purpose, amount,
                                                posted_at, prev_hash, hash)
                    values (:entry, 1, :seq, :kind, :source, :purpose, :amount, :at, :prev, :hash)
                    """).param("entry", id).param("seq", head.lastSeq()).param("kind", account.kind().name())
                    .param("source", account.source().name()).param("purpose", account.purpose().name())
                    .param("amount", line.amount().toBigDecimal()).param("at", at.atOffset(ZoneOffset.UTC))
                    .param("prev", link.prevHash().bytes()).param("hash", link.hash().bytes()).update();
        }
    }
}
