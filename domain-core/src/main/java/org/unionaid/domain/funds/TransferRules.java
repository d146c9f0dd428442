package org.unionaid.domain.funds;

import java.util.Optional;

import org.unionaid.domain.hardship.DocumentType;
import org.unionaid.domain.shared.Refusal;
import org.unionaid.domain.shared.Rule;
import org.unionaid.domain.shared.RuleSet;

/**
 * When a campaign's leftover may move to daily assistance (结余转入日常帮扶, seed 002: 经本级工会主席办公会议集体审议通过,
 * 可以转做日常帮扶资金使用; domain.md §6.6): from a closed campaign only, on a chair's office meeting held after the
 * closing and not in the future, whose decision number the union has not used before and whose minutes are
 * attached as a PDF, for no more than the campaign's leftover. {@link BalanceTransferring} checks them all when a
 * transfer is requested and again when it is approved; who may approve is {@code MakerChecker} (R-MC-01).
 */
public final class TransferRules {

    /** Larger minutes are refused: a scanned PDF of a few pages is far below. */
    public static final int MINUTES_MAX_BYTES = 10 * 1024 * 1024;

    /** In the order a finance officer would look: the campaign, the meeting, its papers, the money. */
    public static final RuleSet<TransferCase> ALL = RuleSet.of(new CampaignClosed(), new MeetingAfterClosing(),
            new DecisionNumberUnique(), new MinutesAttached(), new WithinLeftover());

    private TransferRules() {
    }

    /** R-FUND-04 — only a closed campaign has a leftover; a running or merely ended one still has its money. */
    static final class CampaignClosed implements Rule<TransferCase> {
        @Override
        public Optional<Refusal> check(TransferCase transfer) {
            return transfer.closedOn() == null
                    ? Refusal.refuse("funds.transfer.campaignNotClosed", transfer.campaign().name())
                    : Optional.empty();
        }
    }

    /**
     * R-FUND-05 — the meeting decided after the campaign was closed (it decides about a known leftover), and has
     * been held: a decision dated ahead is not a decision yet.
     */
    static final class MeetingAfterClosing implements Rule<TransferCase> {
        @Override
        public Optional<Refusal> check(TransferCase transfer) {
            if (transfer.meetingDate() == null) {
                return Refusal.refuse("funds.transfer.meetingDateRequired");
            }
            if (transfer.meetingDate().isAfter(transfer.today())) {
                return Refusal.refuse("funds.transfer.meetingInFuture", transfer.meetingDate());
            }
            if (transfer.closedOn() != null && transfer.meetingDate().isBefore(transfer.closedOn())) {
                return Refusal.refuse("funds.transfer.meetingBeforeClosing", transfer.meetingDate(),
                        transfer.closedOn());
            }
            return Optional.empty();
        }
    }

    /** R-FUND-06 — one decision, one transfer: its number is unique in the union (a rejected request frees it). */
    static final class DecisionNumberUnique implements Rule<TransferCase> {
        @Override
        public Optional<Refusal> check(TransferCase transfer) {
            if (transfer.decisionNumber() == null || transfer.decisionNumber().isBlank()) {
                return Refusal.refuse("funds.transfer.decisionNumberRequired");
            }
            return transfer.numberTaken()
                    ? Refusal.refuse("funds.transfer.decisionNumberTaken", transfer.decisionNumber())
                    : Optional.empty();
        }
    }

    /** R-FUND-07 — the minutes of the meeting are attached, and are a PDF by their content, not their name. */
    static final class MinutesAttached implements Rule<TransferCase> {
        @Override
        public Optional<Refusal> check(TransferCase transfer) {
            byte[] minutes = transfer.minutes();
            if (minutes == null || minutes.length == 0) {
                return Refusal.refuse("funds.transfer.minutesRequired");
            }
            if (minutes.length > MINUTES_MAX_BYTES) {
                return Refusal.refuse("funds.transfer.minutesTooLarge");
            }
            return DocumentType.of(minutes).filter(type -> type == DocumentType.PDF).isPresent() ? Optional.empty()
                    : Refusal.refuse("funds.transfer.minutesNotPdf");
        }
    }

    /** R-FUND-08 — no more than what the union has left of the campaign's money of this source and purpose. */
    static final class WithinLeftover implements Rule<TransferCase> {
        @Override
        public Optional<Refusal> check(TransferCase transfer) {
            return transfer.amount().isGreaterThan(transfer.leftover())
                    ? Refusal.refuse("funds.transfer.aboveLeftover", transfer.leftover())
                    : Optional.empty();
        }
    }
}
