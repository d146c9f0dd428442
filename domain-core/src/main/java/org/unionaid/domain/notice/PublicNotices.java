package org.unionaid.domain.notice;

import java.util.List;
import java.util.Optional;

import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.scope.OrganisationPath;

/** Public notices, as the domain needs them. Implemented in the persistence module. */
public interface PublicNotices {

    long nextId();

    PublicNotice add(PublicNotice notice);

    Optional<PublicNotice> findById(long id);

    /** Notices of unions in {@code scope}, newest first. */
    List<PublicNotice> of(OrganisationPath scope);

    /** The files on a notice, by worker name. */
    List<HardshipFile> filesOn(long noticeId);
}
