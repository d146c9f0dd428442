package org.unionaid.persistence.notice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.notice.PublicNotice;

interface PublicNoticeJpaRepository extends JpaRepository<PublicNotice, Long> {

    @Query(value = "select nextval('public_notice_seq')", nativeQuery = true)
    long nextId();

    @Override
    @EntityGraph(attributePaths = "organisation", type = EntityGraph.EntityGraphType.LOAD)
    Optional<PublicNotice> findById(Long id);

    @Query("""
            select n from PublicNotice n join fetch n.organisation o
             where o.path >= :lower and o.path < :upper order by n.startsOn desc, n.id desc
            """)
    List<PublicNotice> inPathRange(@Param("lower") String lower, @Param("upper") String upper);

    @Query("""
            select f from HardshipFile f join fetch f.organisation
             where f.noticeId = :notice order by f.workerName, f.id
            """)
    List<HardshipFile> filesOn(@Param("notice") long notice);
}
