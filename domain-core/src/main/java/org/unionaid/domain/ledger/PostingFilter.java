package org.unionaid.domain.ledger;

import java.time.Instant;

/**
 * Which postings of a union to list; every criterion is optional ({@code null}).
 *
 * @param from first instant included
 * @param to   first instant no longer included
 */
public record PostingFilter(FundSource source, FundPurpose purpose, EntryKind kind, Instant from, Instant to) {

    public static final PostingFilter ALL = new PostingFilter(null, null, null, null, null);
}
