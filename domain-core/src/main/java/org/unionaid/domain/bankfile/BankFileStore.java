package org.unionaid.domain.bankfile;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.money.Money;

/** Generated bank files, imported return files and the line changes they make. Implemented in persistence. */
public interface BankFileStore {

    /**
     * Locks the batch's row until the transaction ends (SELECT … FOR UPDATE): generating a file and
     * importing a return of one batch take turns, so a line is settled once however many try at once.
     */
    void lockBatch(long batchId);

    Optional<BankFile> current(long batchId);

    /** The batch's files, newest version first. */
    List<BankFile> files(long batchId);

    Optional<BankFile> file(long fileId);

    byte[] sealedContent(long fileId);

    BankFile addFile(long batchId, BankFileTemplate template, int version, String sha256, byte[] sealedContent,
            int sizeBytes, int lineCount, Money total, long createdBy, Instant at);

    /** Voids a file in force; false when it was voided already. */
    boolean voidFile(long fileId, long voidedBy, String reason, Instant at);

    /** What a bank file line is written from: the line and its file's account, the card still sealed. */
    record Payee(long lineId, String reference, Money amount, Bank bank, byte[] cardSealed, String holder,
            String workerIdMasked, String workerName) {
    }

    /**
     * The batch's lines not yet settled (PENDING, or SENT once it has a file) in id order with their
     * accounts, handed on one at a time from one cursor read a page at a time.
     */
    void forEachPayee(long batchId, Consumer<Payee> each);

    /** Count and total of the batch's lines not settled yet: what its bank file holds. */
    Figure unsettled(long batchId);

    /** A line's outcome in a return file: paid, or failed with the bank's reason. */
    record Settlement(long lineId, boolean paid, String reason) {
    }

    /**
     * SENT → PAID or FAILED (with the reason) for all these lines of the batch, set-based; only lines not
     * settled yet change (the caller holds the batch lock and has checked that the batch has a file).
     * Each line names the return that settled it. Returns how many lines changed.
     */
    int settle(long batchId, long returnId, List<Settlement> settlements);

    /** The batch's lines not settled yet (reference and worker): SENT, when the batch has a file. */
    List<ReturnReport.PendingLine> sentLines(long batchId);

    /** The lines with these references, whatever their batch, by reference. */
    Map<String, SettlementLine> linesByReference(Collection<String> references);

    long nextReturnId();

    Optional<BankReturn> returnOf(long batchId, String sha256);

    /** The batch's imported return files, newest first. */
    List<BankReturn> returns(long batchId);

    void addReturn(BankReturn bankReturn, byte[] sealedContent);

    /** Count and sum of the batch's lines per status. */
    Map<LineStatus, Figure> lineFigures(long batchId);

    /**
     * The sum posted by entries of {@code kind} citing the batch's return files (or, as entries before one
     * entry per return file did, its lines) onto accounts of {@code account}:
     * what the ledger says was paid (DISBURSEMENT onto DISBURSED) or returned (BANK_RETURN onto AVAILABLE).
     */
    Money ledgerSettled(long batchId, EntryKind kind, AccountKind account);
}
