package org.unionaid.domain.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.unionaid.domain.scope.OrganisationPath;

/** Visits, as the domain needs them. Implemented in the persistence module. */
public interface Visits {

    long nextId();

    Visit add(Visit visit);

    /** A file's visits, newest first. */
    List<Visit> ofFile(long fileId);

    Optional<Visit> findById(long id);

    /** The latest group visits (no file) recorded by unions in {@code scope}, newest first. */
    List<Visit> recentGroupVisits(OrganisationPath scope, int limit);

    /** Approved files of unions in {@code scope}, and how many of them were visited from {@code from} to {@code to}. */
    Coverage coverage(OrganisationPath scope, LocalDate from, LocalDate to);

    /** Up to {@code limit} approved files of the scope not visited in the period: id, worker, union. */
    List<NotVisited> notVisited(OrganisationPath scope, LocalDate from, LocalDate to, int limit);

    /** The coverage of each union directly under {@code parentId}, over its whole subtree, in tree order. */
    List<UnionCoverage> coverageByChild(long parentId, LocalDate from, LocalDate to);

    record UnionCoverage(String unionName, Coverage coverage) {
    }

    record Coverage(long approvedFiles, long visitedFiles) {

        /** The share visited, in whole percent (100 when there is nothing to visit). */
        public long percent() {
            return approvedFiles == 0 ? 100 : visitedFiles * 100 / approvedFiles;
        }
    }

    record NotVisited(long fileId, String workerName, String unionName) {
    }

    /** A delegation's visits to the households of unions in {@code scope}, by day then worker. */
    List<DelegationVisit> ofDelegation(long delegationId, OrganisationPath scope);

    /** One visit of a delegation: the household visited, when, how and what was given. */
    record DelegationVisit(long visitId, long fileId, String workerName, String unionName, LocalDate visitedOn,
            VisitKind kind, String given) {
    }
}
