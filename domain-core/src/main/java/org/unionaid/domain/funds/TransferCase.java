package org.unionaid.domain.funds;

import java.time.LocalDate;

import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.money.Money;

/**
 * Everything the balance-transfer rules judge a move of leftover money to daily assistance by, when it is
 * requested and again when it is approved.
 *
 * @param closedOn        the day the campaign was closed, {@code null} while it is open
 * @param decisionNumber  the chair's office meeting decision's number (文号), stripped; blank when none
 * @param numberTaken     another transfer of the union that was not rejected already cites this number
 * @param meetingDate     the day the chair's office meeting (主席办公会议) decided
 * @param today           the day the request is judged on
 * @param minutes         the minutes as uploaded (or as stored), {@code null} when none
 * @param leftover        the union's available money of the campaign for this source and purpose
 */
public record TransferCase(Campaign campaign, LocalDate closedOn, String decisionNumber, boolean numberTaken,
        LocalDate meetingDate, LocalDate today, byte[] minutes, Money amount, Money leftover) {
}
