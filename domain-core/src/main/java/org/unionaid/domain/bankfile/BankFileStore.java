package org.unionaid.domain.bankfile;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.unionaid.domain.disbursement.LineStatus;
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

    /** PENDING → SENT for every line of the batch; how many lines changed. */
    int markSent(long batchId);

    /** SENT → PAID; false when the line was not SENT (then nothing changed). */
    boolean markPaid(long lineId);

    /** SENT → FAILED with the bank's reason; false when the line was not SENT (then nothing changed). */
    boolean markFailed(long lineId, String reason);

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
     * The sum posted by entries of {@code kind} citing the batch's lines onto accounts of {@code account}:
     * what the ledger says was paid (DISBURSEMENT onto DISBURSED) or returned (BANK_RETURN onto AVAILABLE).
     */
    Money ledgerSettled(long batchId, EntryKind kind, AccountKind account);
}
