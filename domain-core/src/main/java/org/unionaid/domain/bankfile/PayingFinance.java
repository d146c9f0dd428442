package org.unionaid.domain.bankfile;

import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.Batches;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Who handles a batch's bank files — generates and downloads them, imports the bank's return: the finance
 * officer of the paying union. The check those use cases share.
 */
final class PayingFinance {

    private PayingFinance() {
    }

    /** The finance officer of the paying union, and an approved bank-transfer batch. */
    static Batch payableBatch(Batches batches, Actor actor, long batchId) {
        Batch batch = payingBatch(batches, actor, batchId);
        if (batch.method() != PaymentMethod.BANK_TRANSFER) {
            throw new DomainException("bankfile.notBankTransfer");
        }
        if (batch.isDraft()) {
            throw new DomainException("bankfile.notApproved");
        }
        return batch;
    }

    static Batch payingBatch(Batches batches, Actor actor, long batchId) {
        actor.requireRole(Role.FINANCE);
        Batch batch = batches.find(batchId).orElseThrow(() -> new NotFoundException("disbursement batch", batchId));
        if (batch.payingUnionId() != actor.organisationId()) {
            throw new OutsideScopeException("disbursement batch " + batchId);
        }
        return batch;
    }
}
