/**
 * The double-entry ledger (台账, domain.md §6.8, §9): postings per union, source, purpose and campaign, balances
 * kept by PostgreSQL, a hash chain per union and checkpoints to keep outside the database, and the checks an
 * auditor runs.
 * <p>Use cases: {@link ChainVerification}, {@link Ledger}, {@link LedgerCheck}, {@link LedgerCheckpointing},
 * {@link LedgerInspection}. Ports: {@link Anchors}, {@link Chains}, {@link Journal}, {@link LedgerReadings}.
 */
package org.unionaid.domain.ledger;
