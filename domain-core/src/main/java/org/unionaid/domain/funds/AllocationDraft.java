package org.unionaid.domain.funds;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;

/**
 * One allocation form: a source and purpose, the ratio and due date of the match (with the reason when the
 * ratio is below 1:1), and an amount typed for each direct child that receives money (blank = nothing). The
 * request key, made when the form was shown, turns the same form sent twice into one allocation.
 */
public record AllocationDraft(long campaignId, FundSource source, FundPurpose purpose, String matchingRatio,
        String ratioReason, LocalDate matchDueOn, String note, UUID requestKey, Map<Long, String> amountsByChild) {
}
