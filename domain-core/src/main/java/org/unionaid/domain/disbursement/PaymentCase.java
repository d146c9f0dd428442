package org.unionaid.domain.disbursement;

import java.time.LocalDate;
import java.util.Optional;

import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.PayableHousehold;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.Refusal;

/**
 * Everything the payment rules judge one line to a hardship file's household by.
 *
 * @param household        the file as the rules read it
 * @param claimedBy        another line that has not failed already holds this file for the campaign and purpose
 *                         (null: none)
 * @param livingStandard   the 低保 standard per person and month where the file's union is, if recorded (read for
 *                         central living aid only, the one rule that needs it; null otherwise)
 * @param students         household members in school, for the study-aid cap
 * @param exitProposed     the household is proposed for exit and the proposal is not decided yet
 * @param today            the day the line is judged on
 * @param paidThisYear     central money of the same purpose that batches approved this calendar year already
 *                         commit to the household (capped purposes only; zero otherwise)
 * @param payeeRefusal     why the batch's bank file template cannot carry the household's payee fields, if so
 * @param cardOnAnotherFile the file's bank card is also on another active file (R-CARD-02)
 */
public record PaymentCase(Campaign campaign, FundSource source, FundPurpose purpose, PaymentMethod method,
        PayableHousehold household, Money amount, Batches.OtherLine claimedBy, Money livingStandard, int students,
        boolean exitProposed, LocalDate today, Money paidThisYear, Optional<Refusal> payeeRefusal,
        boolean cardOnAnotherFile) implements PaymentTerms {

    /** The category decided by the reviewer, else the suggested one. */
    public HardshipCategory category() {
        return household.category();
    }
}
