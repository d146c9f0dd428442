package org.unionaid.domain.funds;

import java.time.LocalDate;

import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;

/**
 * A balance transfer as typed into its form, not yet checked: the amount as text, the meeting's decision and its
 * minutes as uploaded ({@code null} when none).
 */
public record TransferRequest(Long campaignId, FundSource source, FundPurpose fromPurpose, String amount,
        String decisionNumber, LocalDate meetingDate, String minutesFilename, byte[] minutes) {
}
