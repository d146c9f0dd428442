package org.unionaid.domain.workpaper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.unionaid.domain.scope.OrganisationPath;

/**
 * Samples and their items (append-only). Drawing orders the population by a keyed hash of the seed and each
 * record's id and keeps the first share of it, in one statement: the same seed over the same population draws
 * the same records. Implemented in persistence.
 */
public interface Samples {

    long nextId();

    /** Draws and stores the sample; returns the population it was drawn from. */
    int draw(long id, SampleKind kind, long scopeUnionId, OrganisationPath scope, Long campaignId, long seed,
            BigDecimal percent, long drawnBy, Instant at);

    Optional<Sample> find(long id);

    List<Sample> seenFrom(OrganisationPath reader, int limit);

    List<SampleItem> items(long sampleId);
}
