package org.unionaid.domain.enterprise;

import java.time.LocalDate;

import org.unionaid.domain.money.Money;

/**
 * A union's visit to an enterprise in difficulty (走访慰问困难企业) and what it gave: money and goods at their value,
 * counted in the visiting union's 送温暖 table. The money itself moves through the ledger as any other (an
 * allocation to the enterprise's union, or a batch to its workers); the visit records what the enterprise received.
 */
public record EnterpriseVisit(long id, long enterpriseId, long organisationId, String organisationName,
        LocalDate visitedOn, String visitors, Money cash, String goods, Money goodsValue, String notes) {
}
