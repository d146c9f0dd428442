package org.unionaid.domain.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.unionaid.domain.scope.OrganisationPath;

/** Campaigns. Implemented in the persistence module. */
public interface Campaigns {

    long nextId();

    void add(Campaign campaign, long createdBy);

    Optional<Campaign> findById(long id);

    /**
     * Campaigns a union at {@code path} takes part in or oversees: those organised by the union itself or a
     * union above it, and those organised within its subtree; newest first.
     */
    List<Campaign> visibleFrom(OrganisationPath path);

    /** When and by whom the campaign was closed (R-FUND-02), empty while it is open. */
    Optional<Closure> closure(long campaignId);

    /**
     * Locks the campaign's row until the transaction ends: closing it and adding money or a batch to it (which the
     * database makes wait on the same row, R-FUND-03) happen one after the other, never across each other.
     */
    void lockForClosing(long campaignId);

    /** What of the campaign's payments is still open: draft batches with lines, and approved lines not settled. */
    OpenWork openWork(long campaignId);

    /** Closes an open campaign; false when it was closed meanwhile. */
    boolean close(long campaignId, Closure closure);

    /** A campaign's closing: the day (Beijing time), who, and the moment. */
    record Closure(LocalDate closedOn, long closedBy, Instant closedAt) {
    }

    /** Draft batches that list households, and lines of approved batches neither paid nor failed. */
    record OpenWork(int draftBatches, int unsettledLines) {
    }
}
