package org.unionaid.domain.funds;

import org.unionaid.domain.ledger.FundSource;

/**
 * Where a union found its matching money (配套资金的来源), seed 000: 各单位要从党费、行政经费等多方面筹集落实配套资金.
 * In the ledger every match is {@link FundSource#MATCHING}, whatever its origin: it is the union's own
 * money, which goods may be bought from. The origin is what the statistics count it under.
 */
public enum MatchingSource {
    /** 党费 */
    PARTY_DUES(FundSource.PARTY_DUES),
    /** 行政经费 (the employer's administrative budget): no row of its own in the table, only the total. */
    ADMINISTRATIVE_FUNDS(FundSource.MATCHING),
    /** 工会经费 */
    UNION_FUNDS(FundSource.OWN_UNION_FUNDS),
    /** 其他自筹 */
    OTHER(FundSource.MATCHING);

    private final FundSource countedAs;

    MatchingSource(FundSource countedAs) {
        this.countedAs = countedAs;
    }

    /**
     * R-MATCH-04 — the source the statistics count this money raised under (工会经费（含党费） for party dues and
     * union funds); {@code Measures} maps it the same way in SQL.
     */
    public FundSource countedAs() {
        return countedAs;
    }
}
