package org.unionaid.domain.disbursement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.scope.OrganisationPath;

/** Batches and their lines. Implemented in the persistence module. */
public interface Batches {

    long nextBatchId();

    void addBatch(Batch batch);

    Optional<Batch> find(long id);

    /** Batches paid by unions in {@code scope}, newest first. */
    List<Batch> of(OrganisationPath scope);

    /** Another line holding a household for a campaign and purpose: its batch, and whether it was paid. */
    record OtherLine(long batchId, boolean paid) {
    }

    /** Of these files, those with a line that has not failed for the campaign and purpose, outside {@code exceptLine}. */
    Set<Long> claimed(long campaignId, FundPurpose purpose, Collection<Long> fileIds, Long exceptLine);

    /**
     * Adds a line; false when another line took the file for the campaign and purpose meanwhile (the unique
     * index decided), in which case nothing was stored.
     */
    boolean addLine(long batchId, long campaignId, FundPurpose purpose, long fileId, Money amount, Money standard);

    /** A line to add: the file, its amount and the standard it was measured against. */
    record NewLine(long fileId, Money amount, Money standard) {
    }

    /**
     * Adds lines in one statement; returns the files that got their line. A file missing from the result
     * was taken for the campaign and purpose by another line meanwhile (the unique index decided), and
     * nothing was stored for it.
     */
    Set<Long> addLines(long batchId, long campaignId, FundPurpose purpose, List<NewLine> lines);

    /**
     * Of these lines (line id to file id), the files that another line that has not failed holds for the
     * campaign and purpose, in one query.
     */
    Set<Long> claimedElsewhere(long campaignId, FundPurpose purpose, Map<Long, Long> fileByLine);

    /**
     * For these files, the line that has not failed holding each for the campaign and purpose, other than the
     * lines {@code exceptLines}: its batch and whether it is paid (to tell "paid" from "waiting in batch N").
     */
    Map<Long, OtherLine> otherLines(long campaignId, FundPurpose purpose, Collection<Long> fileIds,
            Collection<Long> exceptLines);

    List<BatchLine> lines(long batchId);

    /** A page of the batch's lines matching the query, by worker name then id, with the count of all matching. */
    Page<BatchLine> lines(long batchId, LineQuery query, Pageable pageable);

    Optional<BatchLine> line(long lineId);

    void changeAmount(long lineId, Money amount, String reason);

    void removeLine(long lineId);

    /**
     * For each of these files, what approved batches other than {@code exceptBatch} commit to it this calendar
     * {@code year} from {@code source} for {@code purpose} (lines that failed excluded); files paid nothing are absent.
     */
    Map<Long, Money> paidThisYear(Collection<Long> fileIds, FundSource source, FundPurpose purpose, int year,
            long exceptBatch);

    /**
     * Locks these households against another batch's approval until the transaction ends, in file order (so that
     * two approvals never wait for each other in a circle).
     */
    void lockHouseholds(Collection<Long> fileIds);

    /** Marks a draft approved at {@code approvedAt} with its commitment; false when it was not a draft any more. */
    boolean approve(long batchId, long approvedBy, long commitmentEntry, Instant approvedAt);
}
