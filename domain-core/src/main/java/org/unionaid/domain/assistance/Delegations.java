package org.unionaid.domain.assistance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.unionaid.domain.scope.OrganisationPath;

/** Delegations (慰问团). Implemented in the persistence module. */
public interface Delegations {

    long nextId();

    void add(Delegation delegation);

    Optional<Delegation> find(long id);

    /**
     * Delegations sent by unions of {@code scope} or by the unions above it (they come to visit its households),
     * the latest first, at most {@code limit}.
     */
    List<Delegation> visibleFrom(OrganisationPath scope, int limit);

    /** Delegations sent by any of these unions that are still out on or after {@code endingFrom}, the latest first. */
    List<Delegation> sentBy(Collection<Long> unionIds, LocalDate endingFrom);
}
