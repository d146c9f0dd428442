package org.unionaid.domain.disbursement;

import java.util.Optional;

import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.recipient.NamedRecipient;
import org.unionaid.domain.shared.Refusal;

/**
 * Everything the payment rules judge a line to a named recipient by (劳模, 一线职工, 困难农民工, 困难党员): the terms
 * every line has, and the recipient as kept on the union's list.
 *
 * @param claimedBy another line that has not failed already holds this recipient for the campaign and purpose
 */
public record NamedPaymentCase(Campaign campaign, FundSource source, FundPurpose purpose, PaymentMethod method,
        NamedRecipient recipient, Money amount, Batches.OtherLine claimedBy, Optional<Refusal> payeeRefusal)
        implements PaymentTerms {
}
