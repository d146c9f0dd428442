/**
 * Audit working papers: reproducible spot-check samples (R-AUDIT-09) and the papers (Excel, PDF) that name the
 * auditor, the time and the scope (R-AUDIT-10).
 * <p>Use cases: {@link Sampling}, {@link WorkingPaperMaking}. Ports: {@link LedgerHeads}, {@link Samples}.
 */
package org.unionaid.domain.workpaper;
