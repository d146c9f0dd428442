package org.unionaid.domain.anomaly;

import java.time.LocalDate;

import org.unionaid.domain.scope.OrganisationPath;

/** What a check runs with: the run its hits belong to, the subtree, the day it judges as today, the thresholds. */
public record RunContext(long runId, OrganisationPath scope, LocalDate asOf, AnomalySettings settings) {
}
