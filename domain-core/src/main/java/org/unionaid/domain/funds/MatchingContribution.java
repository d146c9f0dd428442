package org.unionaid.domain.funds;

import java.time.LocalDate;

import org.unionaid.domain.money.Money;

/**
 * Matching money recorded against an allocation, with its voucher and origin. Contributions recorded before
 * vouchers were required have neither (null).
 */
public record MatchingContribution(long id, long allocationId, Money amount, LocalDate receivedOn, String voucherNumber,
        MatchingSource source, String note) {
}
