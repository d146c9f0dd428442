package org.unionaid.domain.audit;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.unionaid.domain.scope.OrganisationPath;

/**
 * The append-only action log. A {@link #record} inside a use case's transaction commits or rolls
 * back with the change it describes; outside one it commits on its own (denials, failed logins).
 */
public interface AuditLog {

    void record(AuditEntry entry);

    /** How many entries with one of {@code outcomes} actors of {@code scope} caused since {@code since}. */
    long count(OrganisationPath scope, Set<AuditOutcome> outcomes, Instant since);

    /** Entries of actors whose organisation lies in {@code scope}, newest first. */
    Page<AuditEntry> search(OrganisationPath scope, Pageable pageable);
}
