package org.unionaid.persistence.anomaly;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.unionaid.domain.anomaly.AnomalyCheck;
import org.unionaid.domain.anomaly.AnomalySettings;
import org.unionaid.domain.anomaly.AnomalyStore;
import org.unionaid.domain.anomaly.AuditSettings;
import org.unionaid.domain.anomaly.Hit;
import org.unionaid.domain.anomaly.RecordRef;
import org.unionaid.domain.anomaly.RunContext;
import org.unionaid.domain.organisation.Organisation;

/** Runs one check over a test's tree as a run would, and reads its hits back the way the desk does. */
final class RuleRun {

    private final AnomalyStore store;
    private final AuditSettings settings;

    RuleRun(AnomalyStore store, AuditSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    List<Hit> hits(AnomalyCheck check, Organisation scope, LocalDate asOf) {
        return hits(check, scope, asOf, settings.current());
    }

    List<Hit> hits(AnomalyCheck check, Organisation scope, LocalDate asOf, AnomalySettings thresholds) {
        long run = store.nextRunId();
        store.addRun(run, scope.getId(), scope.path(), null, Instant.now(), asOf, thresholds, 1);
        int stored = check.run(new RunContext(run, scope.path(), asOf, thresholds));
        List<Hit> hits = store.hits(run, scope.path(), null, true, PageRequest.of(0, 100)).getContent();
        if (hits.size() != stored) {
            throw new AssertionError(stored + " hits stored, " + hits.size() + " read back");
        }
        return hits;
    }

    /** Each hit's records, by hit key. */
    static Map<String, List<String>> records(List<Hit> hits) {
        return hits.stream().collect(Collectors.toMap(Hit::key,
                h -> h.records().stream().map(RecordRef::toString).toList()));
    }
}
