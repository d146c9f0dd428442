package org.unionaid.domain.workpaper;

import java.math.BigDecimal;
import java.time.Instant;

/** A drawn sample: from what, over which subtree, with which seed and share, out of how many, by whom. */
public record Sample(long id, SampleKind kind, long scopeUnionId, String scopeUnionName, String scopePath,
        Long campaignId, String campaignName, long seed, BigDecimal percent, int population, int size,
        String drawnByName, Instant drawnAt) {
}
