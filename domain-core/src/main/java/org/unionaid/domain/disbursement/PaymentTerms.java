package org.unionaid.domain.disbursement;

import java.util.Optional;

import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.Refusal;

/**
 * What every payment line is judged by, whoever the payee — a hardship file's household ({@link PaymentCase}) or a
 * named recipient ({@link NamedPaymentCase}): the campaign, the money, how it is paid, another line holding the
 * payee, and whether the batch's bank file can carry the payee. The rules that read only these apply to both kinds.
 */
public interface PaymentTerms {

    Campaign campaign();

    FundSource source();

    FundPurpose purpose();

    PaymentMethod method();

    Money amount();

    /** Another line that has not failed holding the payee for the campaign and purpose, or null. */
    Batches.OtherLine claimedBy();

    /** Why the batch's bank file template cannot carry the payee's fields, if so. */
    Optional<Refusal> payeeRefusal();
}
