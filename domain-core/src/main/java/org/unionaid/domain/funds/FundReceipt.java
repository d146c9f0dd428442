package org.unionaid.domain.funds;

import java.time.LocalDate;

import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;

/**
 * Money received into a union's account (资金入账): a donation (募集) with its donor, or other income
 * (finance money, own funds, party dues, interest), each with its receipt or voucher number.
 */
public record FundReceipt(long id, long organisationId, String organisationName, Long campaignId, FundSource source,
        FundPurpose purpose, Money amount, LocalDate receivedOn, String receiptNumber, DonorKind donorKind,
        String donorName, String note, long entryId) {

    /** The sources a donor gives; they need the donor's name. */
    public static boolean isDonation(FundSource source) {
        return source == FundSource.UNIT_DONATION || source == FundSource.PERSONAL_DONATION
                || source == FundSource.SOCIAL_DONATION;
    }
}
