package org.unionaid.domain.disbursement;

import java.time.LocalDate;
import java.util.List;

import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.scope.OrganisationPath;

/** How far a campaign has come, per union: set-based counts. Implemented in the persistence module. */
public interface CampaignProgress {

    /** One union's subtree in a campaign: files approved, paid, failed and visited in the campaign period. */
    record UnionProgress(long unionId, String unionName, long approvedFiles, long paidPeople, Money paidAmount,
            long failedLines, long visitedFiles) {
    }

    /** Money paid in the campaign by source and purpose. */
    record PaidBy(FundSource source, FundPurpose purpose, long people, Money amount) {
    }

    /** The union at {@code path} first (its whole subtree), then each of its direct children's subtrees. */
    List<UnionProgress> byUnion(long campaignId, long unionId, LocalDate from, LocalDate to);

    List<PaidBy> paidBySourceAndPurpose(long campaignId, OrganisationPath scope);

    /** Every payment line of a file, newest first, with its batch and campaign. */
    List<FilePayment> paymentsOf(long fileId);

    record FilePayment(long batchId, String campaignName, FundSource source, FundPurpose purpose, PaymentMethod method,
            Money amount, LineStatus status, String failureReason, LocalDate createdOn) {
    }
}
