package org.unionaid.persistence.assistance;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.unionaid.domain.assistance.Visit;
import org.unionaid.domain.assistance.Visits;

/** JPQL throughout, so that visits recorded earlier in the same transaction count. */
interface VisitJpaRepository extends JpaRepository<Visit, Long> {

    @Query(value = "select nextval('visit_seq')", nativeQuery = true)
    long nextId();

    List<Visit> findByFileIdOrderByVisitedOnDescIdDesc(long fileId);

    List<Visit> findByRecipientIdOrderByVisitedOnDescIdDesc(long recipientId);

    @Query("""
            select v from Visit v, Organisation o
             where v.fileId is null and v.recipientId is null and o.id = v.organisationId
               and o.path >= :lower and o.path < :upper
             order by v.visitedOn desc, v.id desc
            """)
    List<Visit> recentGroupVisits(@Param("lower") String lower, @Param("upper") String upper, Pageable limit);

    @Query("""
            select count(f) from HardshipFile f join f.organisation o
             where f.status = org.unionaid.domain.hardship.FileStatus.APPROVED
               and o.path >= :lower and o.path < :upper
            """)
    long countApproved(@Param("lower") String lower, @Param("upper") String upper);

    @Query("""
            select count(distinct f.id) from HardshipFile f join f.organisation o, Visit v
             where v.fileId = f.id and v.visitedOn between :from and :to
               and f.status = org.unionaid.domain.hardship.FileStatus.APPROVED
               and o.path >= :lower and o.path < :upper
            """)
    long countVisited(@Param("lower") String lower, @Param("upper") String upper, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    @Query("""
            select new org.unionaid.domain.assistance.Visits$NotVisited(f.id, f.workerName, o.name)
              from HardshipFile f join f.organisation o
             where f.status = org.unionaid.domain.hardship.FileStatus.APPROVED
               and o.path >= :lower and o.path < :upper
               and not exists (select v.id from Visit v where v.fileId = f.id and v.visitedOn between :from and :to)
             order by o.path, f.workerName, f.id
            """)
    List<Visits.NotVisited> notVisited(@Param("lower") String lower, @Param("upper") String upper,
            @Param("from") LocalDate from, @Param("to") LocalDate to, Pageable limit);
}
