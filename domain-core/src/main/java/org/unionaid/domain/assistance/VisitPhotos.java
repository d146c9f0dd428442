package org.unionaid.domain.assistance;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.unionaid.domain.hardship.DocumentType;

/** Visit photos. Implemented in the persistence module. */
public interface VisitPhotos {

    VisitPhoto add(long visitId, String filename, DocumentType type, byte[] content, long uploadedBy);

    /** The photos of these visits, by visit, in upload order. */
    Map<Long, List<VisitPhoto>> ofVisits(Collection<Long> visitIds);

    Optional<VisitPhoto> find(long photoId);

    byte[] content(long photoId);
}
