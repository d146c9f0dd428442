/**
 * Audit findings (审计发现) and their rectification: raised by an auditor on records of the own subtree, answered by
 * the responsible union with evidence, confirmed or returned by an auditor who did not answer it (R-AUDIT-04 to
 * R-AUDIT-06).
 * <p>Use cases: {@link FindingWorkflow}. Ports: {@link Findings}. Rules: {@link FindingRules}.
 */
package org.unionaid.domain.finding;
