package org.unionaid.persistence.notice;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Repository;
import org.unionaid.domain.notice.Objection;
import org.unionaid.domain.notice.ObjectionOutcome;
import org.unionaid.domain.notice.Objections;

/** Objections in PostgreSQL. */
@Repository
class ObjectionRepository implements Objections {

    private final ObjectionJpaRepository jpa;

    ObjectionRepository(ObjectionJpaRepository jpa) {
        this.jpa = jpa;
    }

    @Override
    public long nextId() {
        return jpa.nextId();
    }

    @Override
    public Objection add(Objection objection) {
        return jpa.save(objection);
    }

    @Override
    public Optional<Objection> findById(long id) {
        return jpa.findById(id);
    }

    @Override
    public List<Objection> ofNotice(long noticeId) {
        return jpa.findByNoticeIdOrderByReceivedOnAscIdAsc(noticeId);
    }

    @Override
    public boolean openAgainst(long fileId) {
        return jpa.existsByFileIdAndOutcome(fileId, ObjectionOutcome.OPEN);
    }
}
