package org.unionaid.persistence.assistance;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.assistance.Visit;
import org.unionaid.domain.assistance.Visits;
import org.unionaid.domain.organisation.OrganisationPath;

/** Visits in PostgreSQL. */
@Repository
class VisitRepository implements Visits {

    private final VisitJpaRepository jpa;

    VisitRepository(VisitJpaRepository jpa) {
        this.jpa = jpa;
    }

    @Override
    public long nextId() {
        return jpa.nextId();
    }

    @Override
    public Visit add(Visit visit) {
        return jpa.save(visit);
    }

    @Override
    public List<Visit> ofFile(long fileId) {
        return jpa.findByFileIdOrderByVisitedOnDescIdDesc(fileId);
    }

    @Override
    public Coverage coverage(OrganisationPath scope, LocalDate from, LocalDate to) {
        return new Coverage(jpa.countApproved(scope.lowerBound(), scope.upperBound()),
                jpa.countVisited(scope.lowerBound(), scope.upperBound(), from, to));
    }

    @Override
    public List<NotVisited> notVisited(OrganisationPath scope, LocalDate from, LocalDate to, int limit) {
        return jpa.notVisited(scope.lowerBound(), scope.upperBound(), from, to, PageRequest.of(0, limit));
    }
}
