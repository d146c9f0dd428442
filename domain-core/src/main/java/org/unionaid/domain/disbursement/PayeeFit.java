package org.unionaid.domain.disbursement;

import java.util.Optional;

import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.shared.Refusal;

/**
 * Whether a bank file template can carry a household's payee fields (R-PAY-13). A port of the disbursement
 * feature, implemented by the bank-file feature, whose writer holds the encoding, separator and width rules:
 * the check at fill is the writer's own, so a bank file is never refused after approval for what the fill
 * could have found.
 */
public interface PayeeFit {

    /** The template a bank-transfer batch is written with when the finance officer chose none. */
    long defaultTemplate();

    /** Whether the template exists. */
    boolean exists(long templateId);

    /** Why {@code templateId} cannot carry this payee, if it cannot. */
    Optional<Refusal> refusal(long templateId, Payee payee);

    /**
     * A household's fields as a bank file writes them: the account name, the card (its mask has the number's
     * length and characters a file can always carry), the bank, the worker's masked ID.
     */
    record Payee(String accountName, String cardMasked, Bank bank, String idNumberMasked) {
    }
}
