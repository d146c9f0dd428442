/**
 * The double-entry ledger (台账, domain.md §6.8, §9): postings per union, source, purpose and campaign, balances
 * kept by PostgreSQL, a hash chain per union and checkpoints to keep outside the database, and the checks an
 * auditor runs.
 */
package org.unionaid.domain.ledger;
