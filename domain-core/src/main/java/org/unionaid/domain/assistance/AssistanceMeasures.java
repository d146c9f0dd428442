package org.unionaid.domain.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.unionaid.domain.scope.OrganisationPath;

/** Planned measures, as the domain needs them. Implemented in the persistence module. */
public interface AssistanceMeasures {

    long nextId();

    AssistanceMeasure add(AssistanceMeasure measure);

    Optional<AssistanceMeasure> findById(long id);

    /** A file's measures by due date. */
    List<AssistanceMeasure> ofFile(long fileId);

    /** How many measures of files in {@code scope} are not done although due before {@code today}. */
    long countOverdue(OrganisationPath scope, LocalDate today);
}
