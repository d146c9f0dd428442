package org.unionaid.persistence.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Repository;
import org.unionaid.domain.assistance.AssistanceMeasure;
import org.unionaid.domain.assistance.AssistanceMeasures;
import org.unionaid.domain.scope.OrganisationPath;

/** Planned measures in PostgreSQL. */
@Repository
class AssistanceMeasureRepository implements AssistanceMeasures {

    private final AssistanceMeasureJpaRepository jpa;

    AssistanceMeasureRepository(AssistanceMeasureJpaRepository jpa) {
        this.jpa = jpa;
    }

    @Override
    public long nextId() {
        return jpa.nextId();
    }

    @Override
    public AssistanceMeasure add(AssistanceMeasure measure) {
        return jpa.save(measure);
    }

    @Override
    public Optional<AssistanceMeasure> findById(long id) {
        return jpa.findById(id);
    }

    @Override
    public List<AssistanceMeasure> ofFile(long fileId) {
        return jpa.findByFileIdOrderByDueOnAscIdAsc(fileId);
    }

    @Override
    public long countOverdue(OrganisationPath scope, LocalDate today) {
        return jpa.countOverdue(today, scope.lowerBound(), scope.upperBound());
    }
}
