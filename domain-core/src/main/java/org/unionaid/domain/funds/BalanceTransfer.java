package org.unionaid.domain.funds;

import java.time.LocalDate;

import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;

/**
 * A campaign's leftover money moved to daily assistance (结余转入日常帮扶) on a decision of the chair's
 * office meeting (主席办公会议): requested by one person, approved or rejected by another.
 */
public record BalanceTransfer(long id, long organisationId, long campaignId, FundSource source, FundPurpose fromPurpose,
        Money amount, String decisionNumber, LocalDate decisionDate, String decisionDocument, Status status,
        long requestedBy, Long decidedBy) {

    public enum Status {
        REQUESTED,
        APPROVED,
        REJECTED
    }
}
