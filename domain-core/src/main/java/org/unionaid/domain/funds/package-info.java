/**
 * Money coming in and going down the union tree (domain.md §6.2–§6.6, §6.9): receipts with their vouchers,
 * allocations to child unions with the matching (配套) they require, and leftover moved to daily assistance only
 * from a closed campaign on a recorded meeting decision.
 * <p>Use cases: {@link Allocating}, {@link BalanceTransferring}, {@link FundIntake}, {@link MatchingGate}. Ports:
 * {@link Funds}. Rules: {@link MatchingGate}, {@link MatchingRules}, {@link TransferRules}.
 */
package org.unionaid.domain.funds;
