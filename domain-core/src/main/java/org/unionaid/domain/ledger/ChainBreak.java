package org.unionaid.domain.ledger;

/**
 * The first place a chain fails, with the evidence an auditor needs.
 *
 * @param chainSeq  the sequence number where the chain fails (for a gap: the number missing)
 * @param postingId the posting found there, or {@code null} when none was (a removed tail)
 * @param stored    what the database holds (a hash in hex, or a sequence number), {@code null} when nothing
 * @param expected  what an intact chain holds there
 */
public record ChainBreak(long chainSeq, Long postingId, ChainProblem problem, String stored, String expected) {
}
