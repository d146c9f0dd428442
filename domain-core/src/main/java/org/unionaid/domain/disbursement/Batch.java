package org.unionaid.domain.disbursement;

import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;

/**
 * A disbursement batch (发放批次) with its totals; {@code goods} is each household's share of a goods batch, else
 * null (R-HAND-04); {@code bankTemplateId} is the bank file template a bank-transfer batch is written with
 * (R-PAY-13), null for cash and goods and for batches made before it was chosen.
 */
public record Batch(long id, long campaignId, String campaignName, long payingUnionId, String payingUnionName,
        FundSource source, FundPurpose purpose, PaymentMethod method, Goods goods, Status status, long createdBy,
        Long approvedBy, int lines, Money total, Long bankTemplateId) {

    public enum Status {
        DRAFT,
        APPROVED
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }
}
