package org.unionaid.domain.funds;

import java.time.LocalDate;

import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;

/** A receipt as typed into the form, not yet checked; the amount as text ("50,000"). */
public record ReceiptDraft(Long campaignId, FundSource source, FundPurpose purpose, String amount,
        LocalDate receivedOn, String receiptNumber, DonorKind donorKind, String donorName, String note) {
}
