package org.unionaid.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionaid.persistence.ledger.LedgerFixtures.donation;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.persistence.testsupport.PersistenceTest;

/**
 * Whatever the application does, PostgreSQL itself refuses to rewrite the ledger's history, and to change a
 * balance other than by posting: not even with the posting trigger's mark set by hand.
 * Specifies R-LEDGER-01 and R-LEDGER-03 (docs/rules.md).
 */
@PersistenceTest
class LedgerTablesTest {

    @Autowired
    Ledger ledger;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManager entityManager;

    private long union;

    @BeforeEach
    void aDonationPosted() {
        var fixtures = new LedgerFixtures(organisations, jdbc);
        union = fixtures.union("市");
        entityManager.flush();
        ledger.post(donation(union, FundSource.UNIT_DONATION, FundPurpose.LIVING, "1000"), fixtures.user(union));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            update ledger_posting set amount = amount + 1 where union_id = :union           | append-only: UPDATE refused
            delete from ledger_posting where union_id = :union                               | append-only: DELETE refused
            truncate ledger_posting                                                           | append-only: TRUNCATE refused
            update ledger_entry set memo = 'rewritten' where id in (select entry_id from ledger_posting where union_id = :union) | append-only: UPDATE refused
            delete from ledger_entry where id in (select entry_id from ledger_posting where union_id = :union) | append-only: DELETE refused
            truncate ledger_entry cascade                                                     | append-only: TRUNCATE refused
            update ledger_chain_head set last_seq = last_seq - 1 where union_id = :union      | only moves forward
            update ledger_chain_head set last_seq = last_seq + 1 where union_id = :union      | names no posting
            delete from ledger_chain_head where union_id = :union                             | only moves forward
            truncate ledger_chain_head cascade                                                | append-only: TRUNCATE refused
            delete from ledger_balance where union_id = :union                                | append-only: DELETE refused
            update ledger_balance set amount = -1 where union_id = :union and account_kind = 'AVAILABLE' | written only by the posting trigger
            update ledger_balance set amount = amount + 500000 where union_id = :union                | written only by the posting trigger
            insert into ledger_balance (union_id, account_kind, fund_source, purpose, amount) values (:union, 'AVAILABLE', 'LOCAL_FINANCE', 'LIVING', 500000) | written only by the posting trigger
            do $$ begin perform set_config('unionaid.ledger_balance_writer', 'ledger_posting', true); update ledger_balance set amount = amount + 500000 where union_id = :union; end $$ | written only by the posting trigger
            """)
    void postgresRefuses(String statement, String reason) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement plain = connection.createStatement()) {
            // The double-entry checks at commit would otherwise hold TRUNCATE back for another reason.
            plain.execute("set constraints all immediate");
            String sql = statement.replace(":union", Long.toString(union));
            assertThatThrownBy(() -> plain.executeUpdate(sql)).isInstanceOf(SQLException.class)
                    .hasMessageContaining(reason);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
