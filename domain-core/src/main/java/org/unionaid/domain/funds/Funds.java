package org.unionaid.domain.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.scope.OrganisationPath;

/** The documents behind money movements. Implemented in the persistence module. */
public interface Funds {

    long nextReceiptId();

    /** Stores the receipt; false when the union already has one with that number (nothing stored). */
    boolean addReceipt(FundReceipt receipt, long recordedBy);

    boolean receiptNumberTaken(long organisationId, String receiptNumber);

    List<FundReceipt> receipts(long campaignId, OrganisationPath scope);

    /** Donations of a campaign received in {@code scope}, totalled per donor, largest first. */
    List<DonorTotal> donationBoard(long campaignId, OrganisationPath scope);

    /** Donations of a campaign received in {@code scope}, totalled per day. */
    List<DailyTotal> donationsByDay(long campaignId, OrganisationPath scope);

    long nextAllocationId();

    void addAllocation(long id, long campaignId, long fromUnion, long toUnion, FundSource source, FundPurpose purpose,
            Money amount, BigDecimal ratio, String ratioReason, LocalDate matchDueOn, String note, UUID requestKey,
            long entryId, long createdBy);

    /** Ids of the allocations already made with this form, if it was sent before. */
    List<Long> allocationsOfRequest(UUID requestKey);

    Optional<Allocation> allocation(long id);

    /** Allocations a union gave or received, newest first, with what has been matched. */
    List<Allocation> allocationsOf(long unionId);

    /**
     * Allocations a union received into one account (source and purpose) whose match was due before
     * {@code dueBefore}, with what has been matched: the ones that may be overdue (R-MATCH-02).
     */
    List<Allocation> allocationsInto(long unionId, FundSource source, FundPurpose purpose, LocalDate dueBefore);

    long nextContributionId();

    boolean contributionRecorded(UUID requestKey);

    /** Whether the union has booked a match under this voucher number. */
    boolean matchVoucherTaken(long unionId, String voucherNumber);

    /**
     * Stores the match; false when nothing was stored because this form was already recorded or the union
     * booked a match under its voucher meanwhile (the unique keys decided).
     */
    boolean addContribution(NewContribution contribution);

    /** The matches recorded against an allocation, in the order they were recorded. */
    List<MatchingContribution> contributions(long allocationId);

    long nextTransferId();

    /**
     * Stores a requested transfer with its meeting's minutes; false when another transfer of the union that was
     * not rejected already cites its decision number (R-FUND-06; nothing stored).
     */
    boolean addTransfer(BalanceTransfer transfer, byte[] minutes);

    /** Whether a transfer of the union other than {@code exceptTransfer}, not rejected, cites this decision number. */
    boolean decisionNumberTaken(long organisationId, String decisionNumber, Long exceptTransfer);

    /** The minutes stored with a transfer, if it has them. */
    Optional<byte[]> transferMinutes(long transferId);

    Optional<BalanceTransfer> transfer(long id);

    /** Marks a requested transfer decided; false when someone decided it meanwhile. */
    boolean decideTransfer(long id, BalanceTransfer.Status status, long decidedBy, String note, Long entryId);

    List<BalanceTransfer> transfersOf(OrganisationPath scope);

    /** A match to store: booked by {@code unionId}, the allocation's receiver, in ledger entry {@code entryId}. */
    record NewContribution(long id, long allocationId, long unionId, Money amount, LocalDate receivedOn,
            String voucherNumber, MatchingSource source, String note, UUID requestKey, long entryId, long recordedBy) {
    }

    /** One donor's total on the board. */
    record DonorTotal(DonorKind donorKind, String donorName, Money total, long donations) {
    }

    record DailyTotal(LocalDate day, Money total, long donations) {
    }
}
