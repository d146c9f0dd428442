package org.unionaid.domain.bankfile;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.security.Actor;

/**
 * Seeing a batch's bank side (DOMAIN §7): its bank files, the bank's return files imported, and the
 * reconciliation of its lines with the file in force and the ledger — for anyone who may see the batch.
 * Nothing here changes anything.
 */
@Service
@Transactional(readOnly = true)
public class BankFileInspection {

    private final BankFileStore store;
    private final Disbursement disbursement;

    public BankFileInspection(BankFileStore store, Disbursement disbursement) {
        this.store = store;
        this.disbursement = disbursement;
    }

    /** The batch's files, newest first, for anyone who may see the batch. */
    public List<BankFile> files(Actor actor, long batchId) {
        disbursement.view(actor, batchId);
        return store.files(batchId);
    }

    /** The batch's imported return files, newest first. */
    public List<BankReturn> returns(Actor actor, long batchId) {
        disbursement.view(actor, batchId);
        return store.returns(batchId);
    }

    /** Σ sent = Σ paid + Σ failed + Σ pending, beside the file in force and the ledger. */
    public Reconciliation reconciliation(Actor actor, long batchId) {
        disbursement.view(actor, batchId);
        Map<LineStatus, Figure> figures = new EnumMap<>(LineStatus.class);
        figures.putAll(store.lineFigures(batchId));
        Figure paid = figures.getOrDefault(LineStatus.PAID, Figure.NONE);
        Figure failed = figures.getOrDefault(LineStatus.FAILED, Figure.NONE);
        Figure pending = figures.getOrDefault(LineStatus.SENT, Figure.NONE);
        Figure file = store.current(batchId).map(f -> new Figure(f.lineCount(), f.total())).orElse(null);
        return new Reconciliation(paid.plus(failed).plus(pending), paid, failed, pending,
                figures.getOrDefault(LineStatus.PENDING, Figure.NONE), file,
                store.ledgerSettled(batchId, EntryKind.DISBURSEMENT, AccountKind.DISBURSED),
                store.ledgerSettled(batchId, EntryKind.BANK_RETURN, AccountKind.AVAILABLE));
    }
}
