package org.unionaid.domain.trace;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;

/** What a payment's trace reads, set-based, with masked numbers only. Implemented in persistence. */
public interface TraceReadings {

    Optional<TraceLine> line(long lineId);

    /** Receipts, allocations in and matching of the union for the campaign, source and purpose, oldest first. */
    List<FundingRow> funding(long unionId, long campaignId, FundSource source, FundPurpose purpose);

    /** The batch's bank files, newest version first, with the line's place in each. */
    List<BankFileLine> bankFiles(long batchId, long lineId);

    Optional<ReturnRow> bankReturn(long returnId);

    /** The stored return file, sealed as it was stored. */
    byte[] sealedReturn(long returnId);

    /** The lines a return settled, by reference. */
    List<SettledLine> settledBy(long returnId);

    Optional<HandoverRow> handover(long lineId);

    /** The postings of every entry citing one of these documents (and of the entries reversing them), in posting order. */
    List<PostingRow> postings(Collection<DocumentRef> documents);

    /** A household's payment lines, newest first; of one campaign when {@code campaignId} is given. */
    List<HouseholdLine> householdLines(long fileId, Long campaignId);

    /** When the line was settled: the return's import, the handover's recording, else null. */
    Optional<Instant> settledAt(long lineId);
}
