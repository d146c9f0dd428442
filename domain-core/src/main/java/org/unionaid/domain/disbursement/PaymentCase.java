package org.unionaid.domain.disbursement;

import java.time.LocalDate;

import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;

/**
 * Everything the payment rules judge one line by.
 *
 * @param claimedElsewhere another line that has not failed already pays this file for the campaign and purpose
 * @param livingStandard   the 低保 standard per person and month where the file's union is, if recorded
 * @param students         household members in school, for the study-aid cap
 * @param exitProposed     the household is proposed for exit and the proposal is not decided yet
 * @param today            the day the line is judged on
 * @param paidThisYear     central money of the same purpose that batches approved this calendar year already
 *                         commit to the household (capped purposes only; zero otherwise)
 */
public record PaymentCase(Campaign campaign, FundSource source, FundPurpose purpose, PaymentMethod method,
        HardshipFile file, Money amount, boolean claimedElsewhere, Money livingStandard, int students,
        boolean exitProposed, LocalDate today, Money paidThisYear) {

    /** The category decided by the reviewer, else the suggested one. */
    public HardshipCategory category() {
        return file.getConfirmedCategory() != null ? file.getConfirmedCategory() : file.getSuggestedCategory();
    }
}
