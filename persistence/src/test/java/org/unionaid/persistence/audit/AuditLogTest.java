package org.unionaid.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.audit.AuditOutcome;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.TreeFixtures;
import org.unionaid.persistence.testsupport.PersistenceTest;

@PersistenceTest
class AuditLogTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @Test
    void entriesAreScopedByTheActorsSubtree() {
        var tree = new TreeFixtures(organisations);
        Organisation city = tree.root("C", OrganisationType.CITY, "330100");
        Organisation countyA = tree.child(city, "KA", OrganisationType.COUNTY, "330106");
        Organisation countyB = tree.child(city, "KB", OrganisationType.COUNTY, "330110");
        entityManager.flush();
        auditLog.record(entry("a-user", countyA));
        auditLog.record(entry("b-user", countyB));

        assertThat(auditLog.search(countyA.path(), PageRequest.of(0, 10)).getContent())
                .extracting(AuditEntry::actorLogin).containsExactly("a-user");
        assertThat(auditLog.search(city.path(), PageRequest.of(0, 10)).getTotalElements()).isEqualTo(2);
    }

    @Test
    void countsOnlyTheAskedOutcomesSinceTheGivenInstantWithinTheScope() {
        var tree = new TreeFixtures(organisations);
        Organisation city = tree.root("C", OrganisationType.CITY, "330100");
        Organisation county = tree.child(city, "K", OrganisationType.COUNTY, "330106");
        Organisation other = tree.root("O", OrganisationType.CITY, "330200");
        entityManager.flush();
        Instant now = Instant.now();
        auditLog.record(withOutcome(county, AuditOutcome.DENIED, now));
        auditLog.record(withOutcome(county, AuditOutcome.FAILURE, now));
        auditLog.record(withOutcome(county, AuditOutcome.SUCCESS, now));
        auditLog.record(withOutcome(county, AuditOutcome.DENIED, now.minus(Duration.ofDays(8))));
        auditLog.record(withOutcome(other, AuditOutcome.DENIED, now));

        long refused = auditLog.count(city.path(), EnumSet.of(AuditOutcome.DENIED, AuditOutcome.FAILURE),
                now.minus(Duration.ofDays(7)));

        assertThat(refused).isEqualTo(2);
    }

    private static AuditEntry withOutcome(Organisation organisation, AuditOutcome outcome, Instant at) {
        return new AuditEntry(at, "someone", 1L, organisation.getId(), "127.0.0.1", AuditAction.ACCESS, "url", "/x",
                outcome, null);
    }

    @Test
    void postgresRefusesToChangeAuditHistory() {
        recordHistory();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = 'rewritten' where actor_login = 'history-user'")
                .update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void postgresRefusesToDeleteAuditHistory() {
        recordHistory();
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where actor_login = 'history-user'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void postgresRefusesToTruncateAuditHistory() {
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    private void recordHistory() {
        var tree = new TreeFixtures(organisations);
        Organisation city = tree.root("C", OrganisationType.CITY, "330100");
        entityManager.flush();
        auditLog.record(entry("history-user", city));
    }

    private static AuditEntry entry(String login, Organisation organisation) {
        return new AuditEntry(Instant.now(), login, 1L, organisation.getId(), "127.0.0.1", AuditAction.LOGIN, "user",
                "1", AuditOutcome.SUCCESS, null);
    }
}
