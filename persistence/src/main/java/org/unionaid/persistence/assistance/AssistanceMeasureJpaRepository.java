package org.unionaid.persistence.assistance;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.unionaid.domain.assistance.AssistanceMeasure;

interface AssistanceMeasureJpaRepository extends JpaRepository<AssistanceMeasure, Long> {

    @Query(value = "select nextval('assistance_measure_seq')", nativeQuery = true)
    long nextId();

    List<AssistanceMeasure> findByFileIdOrderByDueOnAscIdAsc(long fileId);

    /** A JPQL query, so that changes of this transaction not yet flushed count too. */
    @Query("""
            select count(m) from AssistanceMeasure m, HardshipFile f join f.organisation o
             where f.id = m.fileId and m.status <> org.unionaid.domain.assistance.MeasureStatus.DONE
               and m.dueOn < :today and o.path >= :lower and o.path < :upper
            """)
    long countOverdue(@Param("today") LocalDate today, @Param("lower") String lower, @Param("upper") String upper);
}
