package org.unionaid.domain.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;

/**
 * Money handed down (下拨) to a direct child for a campaign, with the match (配套) the child owes: amount ×
 * ratio by a date. Both sides see required, matched, shortfall and whether it is overdue. A ratio below 1:1
 * carries the allocating union's reason (R-MATCH-01); allocations made before reasons were required may have
 * none.
 */
public record Allocation(long id, long campaignId, String campaignName, long fromUnionId, String fromUnionName,
        long toUnionId, String toUnionName, FundSource source, FundPurpose purpose, Money amount,
        BigDecimal matchingRatio, String ratioReason, LocalDate matchDueOn, Money matched) {

    /** The match owed: amount × ratio, half-up to the fen. */
    public Money required() {
        return amount.times(matchingRatio);
    }

    public Money shortfall() {
        Money rest = required().minus(matched);
        return rest.isNegative() ? Money.ZERO : rest;
    }

    /** Whether this allocation's money lies in that account of the receiving union (money keeps its source and purpose). */
    public boolean brought(long unionId, FundSource accountSource, FundPurpose accountPurpose) {
        return toUnionId == unionId && source == accountSource && purpose == accountPurpose;
    }

    /** Past its due date with money still owed; on the due date itself it is not late yet. */
    public boolean isOverdue(LocalDate today) {
        return matchDueOn != null && today.isAfter(matchDueOn) && shortfall().isGreaterThan(Money.ZERO);
    }
}
