package org.unionaid.domain.notice;

import java.util.List;
import java.util.Optional;

/** Objections, as the domain needs them. Implemented in the persistence module. */
public interface Objections {

    long nextId();

    Objection add(Objection objection);

    Optional<Objection> findById(long id);

    /** The objections of a notice, in the order received. */
    List<Objection> ofNotice(long noticeId);

    /** Whether the file has an objection still open. */
    boolean openAgainst(long fileId);
}
