package org.unionaid.persistence.anomaly;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.anomaly.AnomalyRule;
import org.unionaid.domain.anomaly.AuditSettings;
import org.unionaid.domain.anomaly.RunContext;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.persistence.testsupport.PersistenceTest;

/**
 * Specifies R-AUDIT-01: a rule's statement runs where PostgreSQL refuses any data-modifying statement, so a rule
 * written to change the records it judges fails instead of changing them. Outside a transaction: PostgreSQL
 * refuses the statement when it plans it (SQL state 0A000, after which the pool retires the connection), so no
 * row is needed.
 */
@PersistenceTest
class SqlCheckTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditSettings settings;

    @Test // R-AUDIT-01
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aRuleThatWouldChangeDataIsRefusedByPostgres() {
        SqlCheck writer = new SqlCheck(jdbc, AnomalyRule.ROUND_CASH, """
                with gone as (delete from disbursement_line where id = -1 returning id)
                select 'x' as hit_key, 1::bigint as union_id, null::numeric as amount, array['x/1'] as records,
                       '{}'::jsonb as evidence from gone
                """) {
        };

        assertThatThrownBy(() -> writer.run(new RunContext(-1, new OrganisationPath("/1/"), LocalDate.of(2026, 12, 3),
                settings.current()))).isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("top level");
    }
}
