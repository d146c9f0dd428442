package org.unionaid.domain.disbursement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.OrganisationPath;

/** Batches and their lines. Implemented in the persistence module. */
public interface Batches {

    long nextBatchId();

    void addBatch(Batch batch);

    Optional<Batch> find(long id);

    /** Batches paid by unions in {@code scope}, newest first. */
    List<Batch> of(OrganisationPath scope);

    /** Of these files, those with a line that has not failed for the campaign and purpose, outside {@code exceptLine}. */
    Set<Long> claimed(long campaignId, FundPurpose purpose, Collection<Long> fileIds, Long exceptLine);

    /**
     * Adds a line; false when another line took the file for the campaign and purpose meanwhile (the unique
     * index decided), in which case nothing was stored.
     */
    boolean addLine(long batchId, long campaignId, FundPurpose purpose, long fileId, Money amount, Money standard);

    List<BatchLine> lines(long batchId);

    Optional<BatchLine> line(long lineId);

    void changeAmount(long lineId, Money amount, String reason);

    void removeLine(long lineId);

    /** Marks a draft approved with its commitment; false when it was not a draft any more. */
    boolean approve(long batchId, long approvedBy, long commitmentEntry);
}
