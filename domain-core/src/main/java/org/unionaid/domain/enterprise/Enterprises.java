package org.unionaid.domain.enterprise;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.unionaid.domain.scope.OrganisationPath;

/** Enterprises in difficulty and the visits to them. Implemented in the persistence module. */
public interface Enterprises {

    long nextId();

    /** Stores the enterprise; false when the union already keeps one of that name (nothing stored). */
    boolean add(HardshipEnterprise enterprise, long createdBy);

    Optional<HardshipEnterprise> find(long id);

    /** The enterprises kept by unions in {@code scope}, by union then name. */
    List<HardshipEnterprise> of(OrganisationPath scope);

    long nextVisitId();

    void addVisit(EnterpriseVisit visit, long createdBy, Instant createdAt);

    /** An enterprise's visits, newest first. */
    List<EnterpriseVisit> visitsOf(long enterpriseId);
}
