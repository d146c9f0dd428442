/**
 * Paying households (domain.md §7): batches of a campaign's money by source and purpose, their lines judged by
 * the payment rules (PaymentRules), approval by a second person, and cash or goods handed over on a delegation's
 * home visit against a signed roster.
 */
package org.unionaid.domain.disbursement;
