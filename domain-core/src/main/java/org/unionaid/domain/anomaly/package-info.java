/**
 * The auditor's desk (domain.md §9.1, §9.2): anomaly rules run on demand and nightly over an auditor's subtree,
 * each hit with its evidence and records, thresholds set by the top union (R-AUDIT-03), hits dismissed with a
 * reason (R-AUDIT-07). The rules themselves are SQL in persistence; this package runs and reads them.
 * <p>Use cases: {@link AnomalyDetection}, {@link ThresholdAdministration}. Ports: {@link AnomalyCheck},
 * {@link AnomalyStore}, {@link AuditSettings}.
 */
package org.unionaid.domain.anomaly;
