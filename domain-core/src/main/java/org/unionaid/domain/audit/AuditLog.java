package org.unionaid.domain.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.unionaid.domain.organisation.OrganisationPath;

/**
 * The append-only action log. A {@link #record} inside a use case's transaction commits or rolls
 * back with the change it describes; outside one it commits on its own (denials, failed logins).
 */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Entries of actors whose organisation lies in {@code scope}, newest first. */
    Page<AuditEntry> search(OrganisationPath scope, Pageable pageable);
}
