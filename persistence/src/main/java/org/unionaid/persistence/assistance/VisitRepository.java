package org.unionaid.persistence.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.assistance.Visit;
import org.unionaid.domain.assistance.VisitKind;
import org.unionaid.domain.assistance.Visits;
import org.unionaid.domain.scope.OrganisationPath;

/** Visits in PostgreSQL. */
@Repository
class VisitRepository implements Visits {

    private final VisitJpaRepository jpa;
    private final JdbcClient jdbc;

    VisitRepository(VisitJpaRepository jpa, JdbcClient jdbc) {
        this.jpa = jpa;
        this.jdbc = jdbc;
    }

    @Override
    public long nextId() {
        return jpa.nextId();
    }

    @Override
    public Visit add(Visit visit) {
        // Flushed at once: its photos are written with JDBC and reference the row.
        return jpa.saveAndFlush(visit);
    }

    @Override
    public Optional<Visit> findById(long id) {
        return jpa.findById(id);
    }

    @Override
    public List<Visit> recentGroupVisits(OrganisationPath scope, int limit) {
        return jpa.recentGroupVisits(scope.lowerBound(), scope.upperBound(), PageRequest.of(0, limit));
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
    public List<UnionCoverage> coverageByChild(long parentId, LocalDate from, LocalDate to) {
        // Each child's subtree is the path range the rest of the application uses (see OrganisationPath).
        return jdbc.sql("""
                select c.name, count(distinct f.id) as approved, count(distinct v.file_id) as visited
                  from organisation c
                  join organisation o on o.path >= c.path and o.path < left(c.path, -1) || '0'
                  join hardship_file f on f.organisation_id = o.id and f.status = 'APPROVED'
                  left join visit v on v.file_id = f.id and v.visited_on between :from and :to
                 where c.parent_id = :parent
                 group by c.id, c.name, c.path
                 order by c.path
                """).param("parent", parentId).param("from", from).param("to", to)
                .query((rs, row) -> new UnionCoverage(rs.getString("name"),
                        new Coverage(rs.getLong("approved"), rs.getLong("visited"))))
                .list();
    }

    @Override
    public List<NotVisited> notVisited(OrganisationPath scope, LocalDate from, LocalDate to, int limit) {
        return jpa.notVisited(scope.lowerBound(), scope.upperBound(), from, to, PageRequest.of(0, limit));
    }

    @Override
    public List<DelegationVisit> ofDelegation(long delegationId, OrganisationPath scope) {
        return jdbc.sql("""
                select v.id, v.file_id, f.worker_name, o.name as union_name, v.visited_on, v.kind, v.given
                  from visit v
                  join hardship_file f on f.id = v.file_id
                  join organisation o on o.id = f.organisation_id
                 where v.delegation_id = :delegation and o.path >= :lower and o.path < :upper
                 order by v.visited_on, f.worker_name, v.id
                """).param("delegation", delegationId).param("lower", scope.lowerBound())
                .param("upper", scope.upperBound())
                .query((rs, row) -> new DelegationVisit(rs.getLong("id"), rs.getLong("file_id"),
                        rs.getString("worker_name"), rs.getString("union_name"),
                        rs.getObject("visited_on", LocalDate.class), VisitKind.valueOf(rs.getString("kind")),
                        rs.getString("given")))
                .list();
    }
}
