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
 * @param cardOnAnotherFile the file's bank card is also on another active file (R-CARD-02)
 */
public record PaymentCase(Campaign campaign, FundSource source, FundPurpose purpose, PaymentMethod method,
        HardshipFile file, Money amount, boolean claimedElsewhere, Money livingStandard, int students,
        boolean exitProposed, LocalDate today, boolean cardOnAnotherFile) {

    /** A line whose card is on no other active file (the rules' unit specifications judge one file alone). */
    public PaymentCase(Campaign campaign, FundSource source, FundPurpose purpose, PaymentMethod method,
            HardshipFile file, Money amount, boolean claimedElsewhere, Money livingStandard, int students,
            boolean exitProposed, LocalDate today) {
        this(campaign, source, purpose, method, file, amount, claimedElsewhere, livingStandard, students, exitProposed,
                today, false);
    }

    /** The category decided by the reviewer, else the suggested one. */
    public HardshipCategory category() {
        return file.getConfirmedCategory() != null ? file.getConfirmedCategory() : file.getSuggestedCategory();
    }
}
