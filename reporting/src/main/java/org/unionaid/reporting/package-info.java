/**
 * Statistics tables (送温暖活动情况统计表, 帮扶中心工作统计表): set-based computation in SQL, roll-up
 * of accepted child tables, the submission workflow and Excel/PDF rendering. Filled by the reporting
 * issue; the module exists now so that the dependency rules are enforced from the first commit.
 */
package org.unionaid.reporting;
