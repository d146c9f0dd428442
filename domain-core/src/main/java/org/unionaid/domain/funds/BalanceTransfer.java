package org.unionaid.domain.funds;

import java.time.LocalDate;

import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;

/**
 * A closed campaign's leftover money moved to daily assistance (结余转入日常帮扶) on a decision of the chair's office
 * meeting (主席办公会议): requested by one person, approved or rejected by another.
 *
 * @param decisionDate     the day the meeting decided
 * @param decisionDocument the file name of the meeting's minutes (会议纪要) as uploaded
 * @param minutesSha256    the SHA-256 of the minutes as stored, {@code null} for requests made before minutes were
 *                         kept (V41)
 */
public record BalanceTransfer(long id, long organisationId, String organisationName, long campaignId,
        FundSource source, FundPurpose fromPurpose, Money amount, String decisionNumber, LocalDate decisionDate,
        String decisionDocument, String minutesSha256, Status status, long requestedBy, Long decidedBy) {

    public enum Status {
        REQUESTED,
        APPROVED,
        REJECTED
    }
}
