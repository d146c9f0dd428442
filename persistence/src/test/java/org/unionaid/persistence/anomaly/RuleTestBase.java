package org.unionaid.persistence.anomaly;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.anomaly.AnomalyCheck;
import org.unionaid.domain.anomaly.AnomalyStore;
import org.unionaid.domain.anomaly.AuditSettings;
import org.unionaid.domain.anomaly.Hit;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;

/**
 * A tree of its own for each test — a city, two counties, a base union under the first — a campaign of the
 * city, and a way to run one rule over the city as of 2026-12-03.
 */
abstract class RuleTestBase {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organisations organisations;
    @Autowired
    EntityManager em;
    @Autowired
    AnomalyStore store;
    @Autowired
    AuditSettings settings;
    @Autowired
    Ledger ledger;
    @Autowired
    DataSource dataSource;

    AnomalyData data;
    RuleRun rules;
    Organisation city;
    Organisation county;
    Organisation otherCounty;
    Organisation base;
    long campaign;

    @BeforeEach
    void tree() {
        data = new AnomalyData(jdbc, organisations, em, ledger);
        rules = new RuleRun(store, settings);
        city = data.root("审计市");
        county = data.child(city, "甲区", OrganisationType.COUNTY);
        otherCounty = data.child(city, "乙区", OrganisationType.COUNTY);
        base = data.child(county, "基层", OrganisationType.BASE);
        campaign = data.campaign(city, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 2, 28));
    }

    List<Hit> hits(AnomalyCheck check) {
        return rules.hits(check, city, TODAY);
    }

    /**
     * Asserts that PostgreSQL refuses the write, citing {@code rule}: tried under a savepoint of the test's
     * transaction, which goes on after the refusal.
     */
    void refusedBy(String rule, ThrowingCallable write) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint = connection.setSavepoint();
        try {
            assertThatThrownBy(write).isInstanceOf(DataAccessException.class).hasMessageContaining(rule);
        } finally {
            connection.rollback(savepoint);
        }
    }

    static String line(long id) {
        return "disbursement_line/" + id;
    }

    static String file(long id) {
        return "hardship_file/" + id;
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
