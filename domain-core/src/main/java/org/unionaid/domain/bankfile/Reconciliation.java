package org.unionaid.domain.bankfile;

import org.unionaid.domain.money.Money;

/**
 * A batch's money after the bank: Σ sent = Σ paid + Σ failed + Σ pending, to the fen; the file in force
 * says the same as the lines sent; and the ledger moved exactly the paid and failed amounts.
 *
 * @param notSent lines no bank file has carried yet
 * @param file    the bank file in force, or null when none was generated
 */
public record Reconciliation(Figure sent, Figure paid, Figure failed, Figure pending, Figure notSent, Figure file,
        Money ledgerPaid, Money ledgerReturned) {

    public boolean sentIsSettledPlusPending() {
        return sent.equals(paid.plus(failed).plus(pending));
    }

    public boolean fileMatchesSent() {
        return file == null ? sent.count() == 0 : file.equals(sent);
    }

    public boolean ledgerMatches() {
        return ledgerPaid.equals(paid.amount()) && ledgerReturned.equals(failed.amount());
    }

    public boolean balanced() {
        return sentIsSettledPlusPending() && fileMatchesSent() && ledgerMatches();
    }
}
