/**
 * The rules of reporting statistics up the tree (domain.md §8): who defines a reporting period and its deadlines,
 * what a submission needs, who decides on a child's table and whom a parent may remind (ReportingRules,
 * R-STAT-01 … R-STAT-09). The use cases that apply them are in the reporting module.
 * <p>Rules: {@link ReportingRules}.
 */
package org.unionaid.domain.reporting;
