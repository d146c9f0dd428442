package org.unionaid.domain.campaign;

import java.util.List;
import java.util.Optional;

import org.unionaid.domain.organisation.OrganisationPath;

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
}
