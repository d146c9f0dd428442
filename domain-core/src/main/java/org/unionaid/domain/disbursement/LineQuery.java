package org.unionaid.domain.disbursement;

import java.util.Set;

/**
 * Which lines of a batch a page shows: a worker name's beginning, a status, and (for "only the lines
 * that would be refused now") a set of line ids; {@code null} or blank means any.
 */
public record LineQuery(String namePrefix, LineStatus status, Set<Long> lineIds) {

    public LineQuery {
        namePrefix = namePrefix == null || namePrefix.isBlank() ? null : namePrefix.strip();
        lineIds = lineIds == null ? null : Set.copyOf(lineIds);
    }
}
