/**
 * Paying households (domain.md §7): batches of a campaign's money by source and purpose, their lines judged by
 * the payment rules (PaymentRules), approval by a second person, and cash or goods handed over on a delegation's
 * home visit against a signed roster.
 * <p>Use cases: {@link Disbursement}, {@link Handover}, {@link NamedBatchFilling}, {@link RosterPrinting}. Ports:
 * {@link Batches}, {@link CampaignProgress}, {@link Handovers}. Rules: {@link GoodsFromUnionMoney},
 * {@link HandoverRules}, {@link PaymentRules}.
 */
package org.unionaid.domain.disbursement;
