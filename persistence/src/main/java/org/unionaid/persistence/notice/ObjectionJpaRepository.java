package org.unionaid.persistence.notice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.unionaid.domain.notice.Objection;
import org.unionaid.domain.notice.ObjectionOutcome;

interface ObjectionJpaRepository extends JpaRepository<Objection, Long> {

    @Query(value = "select nextval('objection_seq')", nativeQuery = true)
    long nextId();

    List<Objection> findByNoticeIdOrderByReceivedOnAscIdAsc(long noticeId);

    boolean existsByFileIdAndOutcome(long fileId, ObjectionOutcome outcome);
}
