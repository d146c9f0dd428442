package org.unionaid.persistence.notice;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Repository;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.notice.PublicNotice;
import org.unionaid.domain.notice.PublicNotices;
import org.unionaid.domain.scope.OrganisationPath;

/** Public notices in PostgreSQL. */
@Repository
class PublicNoticeRepository implements PublicNotices {

    private final PublicNoticeJpaRepository jpa;

    PublicNoticeRepository(PublicNoticeJpaRepository jpa) {
        this.jpa = jpa;
    }

    @Override
    public long nextId() {
        return jpa.nextId();
    }

    @Override
    public PublicNotice add(PublicNotice notice) {
        return jpa.save(notice);
    }

    @Override
    public Optional<PublicNotice> findById(long id) {
        return jpa.findById(id);
    }

    @Override
    public List<PublicNotice> of(OrganisationPath scope) {
        return jpa.inPathRange(scope.lowerBound(), scope.upperBound());
    }

    @Override
    public List<HardshipFile> filesOn(long noticeId) {
        return jpa.filesOn(noticeId);
    }
}
