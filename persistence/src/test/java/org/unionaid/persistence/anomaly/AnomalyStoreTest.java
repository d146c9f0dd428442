package org.unionaid.persistence.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.unionaid.domain.anomaly.AnomalyRule;
import org.unionaid.domain.anomaly.Hit;
import org.unionaid.domain.anomaly.RunContext;
import org.unionaid.persistence.testsupport.PersistenceTest;

/**
 * Specifies R-AUDIT-01 (results are append-only; {@link SqlCheckTest} shows a rule cannot write), R-AUDIT-02 (a reader sees the runs of the own union and above, through the own
 * range) and R-AUDIT-07 (a dismissal hides the hit from the dismissing union and below, not from above).
 */
@PersistenceTest
class AnomalyStoreTest extends RuleTestBase {

    @Autowired
    CashChecks.RoundCash roundCash;

    private long roundSum() {
        long cash = data.batch(campaign, county, "CASH", "OWN_UNION_FUNDS", "CONDOLENCE", day(2026, 11, 1));
        return data.line(cash, data.file(base, "整数", Map.of()), "2000", "PAID");
    }

    private long run(org.unionaid.domain.organisation.Organisation scope, Instant at) {
        long run = store.nextRunId();
        store.addRun(run, scope.getId(), scope.path(), null, at, TODAY, settings.current(), 1);
        roundCash.run(new RunContext(run, scope.path(), TODAY, settings.current()));
        store.ruleDone(run, AnomalyRule.ROUND_CASH, 1, at, 5);
        store.finish(run, at);
        return run;
    }

    @Test // R-AUDIT-01
    void theHitsOfARunCannotBeRewritten() {
        roundSum();
        long stored = run(city, Instant.now());
        assertThatThrownBy(() -> jdbc.sql("update anomaly_hit set amount = 0 where run_id = :r").param("r", stored)
                .update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    @Test // R-AUDIT-01
    void aFinishedRunCannotBeChanged() {
        roundSum();
        long stored = run(city, Instant.now());
        assertThatThrownBy(() -> jdbc.sql("update anomaly_run set as_of = date '2000-01-01' where id = :r")
                .param("r", stored).update()).isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("only moves forward");
    }

    @Test // R-AUDIT-01
    void aRunIsTakenForExecutionOnceHoweverManyAskAndNeverGivenBack() {
        long run = store.nextRunId();
        store.addRun(run, city.getId(), city.path(), null, Instant.now(), TODAY, settings.current(), 1);

        assertThat(store.take(run)).isTrue();
        assertThat(store.take(run)).isFalse();
        assertThatThrownBy(() -> jdbc.sql("update anomaly_run set executing = false where id = :r").param("r", run)
                .update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("only moves forward");
    }

    @Test // R-AUDIT-02
    void aReaderSeesTheLatestRunOfTheOwnUnionOrAboveThroughTheOwnRange() {
        roundSum();
        long cityRun = run(city, Instant.parse("2026-12-01T02:00:00Z"));
        long neighbourRun = run(otherCounty, Instant.parse("2026-12-02T02:00:00Z"));

        assertThat(store.latestCovering(county.path())).get().extracting(r -> r.id()).isEqualTo(cityRun);
        assertThat(store.latestCovering(otherCounty.path())).get().extracting(r -> r.id()).isEqualTo(neighbourRun);
        assertThat(store.hits(cityRun, county.path(), null, false, PageRequest.of(0, 10)).getContent()).hasSize(1);
        assertThat(store.hits(cityRun, otherCounty.path(), null, false, PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(store.runsSeenFrom(county.path(), 10)).extracting(r -> r.id()).containsExactly(cityRun);
        assertThat(store.run(cityRun)).get().satisfies(r -> {
            assertThat(r.rulesDone()).isEqualTo(1);
            assertThat(r.settings().get(org.unionaid.domain.anomaly.Threshold.ROUND_CASH_THRESHOLD))
                    .isEqualByComparingTo("1000");
        });
    }

    @Test // R-AUDIT-07
    void aDismissalHidesTheHitFromTheDismissingUnionAndBelowButNotFromAbove() {
        roundSum();
        long first = run(city, Instant.parse("2026-12-01T02:00:00Z"));
        Hit hit = store.hits(first, county.path(), null, false, PageRequest.of(0, 10)).getContent().get(0);
        long auditor = data.user("区审计", county);

        assertThat(store.dismiss(AnomalyRule.ROUND_CASH, hit.key(), county.getId(), county.path(), first, "慰问金标准内",
                auditor, Instant.now())).isTrue();
        assertThat(store.dismiss(AnomalyRule.ROUND_CASH, hit.key(), county.getId(), county.path(), first, "再次",
                auditor, Instant.now())).isFalse();
        long next = run(city, Instant.parse("2026-12-02T02:00:00Z"));

        assertThat(store.hits(next, county.path(), null, false, PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(store.hits(next, county.path(), null, true, PageRequest.of(0, 10)).getContent()).singleElement()
                .satisfies(h -> assertThat(h.dismissal().hides()).isTrue());
        assertThat(store.results(next, county.path())).singleElement()
                .satisfies(r -> assertThat(r.dismissedHits()).isEqualTo(1));
        assertThat(store.hits(next, city.path(), null, false, PageRequest.of(0, 10)).getContent()).singleElement()
                .satisfies(h -> {
                    assertThat(h.dismissal().hides()).isFalse();
                    assertThat(h.dismissal().reason()).isEqualTo("慰问金标准内");
                    assertThat(h.dismissal().byName()).isEqualTo("区审计");
                });
    }
}
