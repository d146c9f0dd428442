/**
 * Help other than money and the visits that bring it (domain.md §5): assistance measures planned per file, home
 * and workplace visits with their photos, and the delegations (慰问团) of a union whose home visits carry cash and
 * goods handovers (R-HAND-01).
 * <p>Use cases: {@link AssistancePlanning}, {@link DelegationAdministration}, {@link OfflineRecording},
 * {@link OfflineVisiting}, {@link Visiting}. Ports: {@link AssistanceMeasures}, {@link Delegations},
 * {@link OfflineSubmissions}, {@link VisitPhotos}, {@link Visits}. Aggregates (JPA): {@link AssistanceMeasure},
 * {@link Visit}.
 */
package org.unionaid.domain.assistance;
