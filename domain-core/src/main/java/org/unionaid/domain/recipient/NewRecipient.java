package org.unionaid.domain.recipient;

import org.unionaid.domain.hardship.Bank;

/** A named recipient as typed into the form, not yet checked; the card is optional (cash or goods in person). */
public record NewRecipient(long organisationId, RecipientGroup group, String name, String idNumber, String employer,
        String honour, Bank bank, String cardNumber, String holder) {
}
