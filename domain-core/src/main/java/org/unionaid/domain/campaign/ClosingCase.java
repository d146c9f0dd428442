package org.unionaid.domain.campaign;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Everything the closing rules judge a campaign's closing by.
 *
 * @param actorUnionId the union of the person closing it
 * @param closure      the closing already recorded, if any
 * @param openWork     the campaign's payments still open, across every union that pays for it
 */
public record ClosingCase(Campaign campaign, long actorUnionId, Optional<Campaigns.Closure> closure, LocalDate today,
        Campaigns.OpenWork openWork) {
}
