package org.unionaid.domain.bankfile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.audit.AuditOutcome;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.Batches;
import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.JournalEntryDraft;
import org.unionaid.domain.ledger.JournalLine;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.person.PersonalDataProtector.Purpose;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.HandOff;
import org.unionaid.domain.shared.TextRules;

/**
 * Importing the bank's return file of a batch (DOMAIN §7), by the finance officer of the paying union.
 *
 * <p>A return file settles each line it names — paid: the committed money is disbursed; failed: it goes back
 * to available, and the household may be paid in a later batch — or, if any of its lines has a problem,
 * settles nothing. The money moves in one ledger entry for the file's paid lines and one for its failed lines,
 * each citing the return file (kept sealed as the proof of which lines it settled), so that a return of
 * 100,000 lines is two entries, not 100,000. Importing takes the batch's row lock, as generating a file does
 * ({@link BankFileGeneration}), and changes lines only from SENT, so a line is paid once whatever is retried,
 * imported twice or imported at once.
 */
@Service
@Transactional
public class BankReturnImport {

    /** A return file larger than this is refused (a batch of 100,000 lines is about 6 MB). */
    public static final int RETURN_FILE_LIMIT = 10 * 1024 * 1024;

    private final BankFileStore store;
    private final Batches batches;
    private final Ledger ledger;
    private final PersonalDataProtector protector;
    private final AuditLog auditLog;
    private final Clock clock;

    public BankReturnImport(BankFileStore store, Batches batches, Ledger ledger, PersonalDataProtector protector,
            AuditLog auditLog, Clock clock) {
        this.store = store;
        this.batches = batches;
        this.ledger = ledger;
        this.protector = protector;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Imports the bank's return file for the batch: all of it, or — when any line has a problem — none of
     * it, with every problem by line number. The same file a second time changes nothing.
     */
    public ReturnReport importReturn(Actor actor, long batchId, String filename, byte[] content) {
        Batch batch = PayingFinance.payableBatch(batches, actor, batchId);
        if (content == null || content.length == 0) {
            throw DomainException.onField("returnFile", "bankreturn.required");
        }
        if (content.length > RETURN_FILE_LIMIT) {
            throw DomainException.onField("returnFile", "bankreturn.tooLarge");
        }
        TextRules.fileName("returnFile", filename, null); // R-PRIV-05: the name it is stored and listed under
        String sha256 = Sha256.of(content);
        store.lockBatch(batchId);
        var earlier = store.returnOf(batchId, sha256);
        if (earlier.isPresent()) {
            auditLog.record(AuditEntry.success(actor, AuditAction.BANK_RETURN_IMPORT, "disbursement_batch", batchId,
                    "sha256 " + sha256 + " imported before as return " + earlier.get().id() + ": nothing changed"));
            return new ReturnReport(ReturnReport.Outcome.ALREADY_IMPORTED, List.of(), Figure.NONE, Figure.NONE, 0,
                    List.of(), earlier.get());
        }
        ReturnReading reading = new ReturnReading(content);
        ReturnFileParser.Parsed parsed = reading.read();
        Map<String, SettlementLine> known = reading.known;
        List<ReturnProblem> problems = new ArrayList<>(parsed.problems());
        List<ReturnLine> changes = new ArrayList<>();
        int unchanged = 0;
        for (ReturnLine line : parsed.lines()) {
            SettlementLine target = known.get(line.reference());
            ReturnProblem problem = ReturnLineCheck.problem(batchId, line, target);
            if (problem != null) {
                problems.add(problem);
            } else if (target.status() == LineStatus.SENT) {
                changes.add(line);
            } else {
                unchanged++;
            }
        }
        Set<String> named = parsed.lines().stream().map(ReturnLine::reference).collect(Collectors.toSet());
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ReturnProblem::lineNumber));
            // The kinds of problem and the first lines, never their arguments (names, card digits).
            auditLog.record(AuditEntry.of(actor, AuditAction.BANK_RETURN_IMPORT, "disbursement_batch", batchId,
                    AuditOutcome.FAILURE, "sha256 " + sha256 + " refused, nothing applied: " + problems.size()
                            + " problems " + problems.stream().map(ReturnProblem::messageKey).distinct().sorted()
                                    .collect(Collectors.joining(", "))
                            + " from line " + problems.get(0).lineNumber()));
            // Nothing applied: every line sent is still pending, including those the refused file named.
            return new ReturnReport(ReturnReport.Outcome.REFUSED, problems, Figure.NONE, Figure.NONE, 0,
                    pending(batchId, Set.of()), null);
        }
        long returnId = store.nextReturnId();
        List<BankFileStore.Settlement> settlements = new ArrayList<>(changes.size());
        Money paidSum = Money.ZERO;
        Money failedSum = Money.ZERO;
        int paidCount = 0;
        for (ReturnLine line : changes) {
            SettlementLine target = known.get(line.reference());
            settlements.add(new BankFileStore.Settlement(target.id(), line.paid(), line.paid() ? null : line.reason()));
            if (line.paid()) {
                paidSum = paidSum.plus(target.amount());
                paidCount++;
            } else {
                failedSum = failedSum.plus(target.amount());
            }
        }
        // Each line only from SENT, all in one statement, under the batch lock.
        int settled = store.settle(batchId, returnId, settlements);
        if (settled != settlements.size()) {
            // Checked SENT under the batch lock a moment ago: someone changed a line without the lock.
            throw new IllegalStateException((settlements.size() - settled)
                    + " lines left SENT outside the batch lock, bank return " + returnId);
        }
        Figure paid = new Figure(paidCount, paidSum);
        Figure failed = new Figure(changes.size() - paidCount, failedSum);
        // One entry per return file for its paid lines and one for its failed lines, citing the return file.
        if (paid.count() > 0) {
            post(actor, batch, returnId, EntryKind.DISBURSEMENT, AccountKind.DISBURSED, paid, "paid");
        }
        if (failed.count() > 0) {
            post(actor, batch, returnId, EntryKind.BANK_RETURN, AccountKind.AVAILABLE, failed, "returned");
        }
        List<ReturnReport.PendingLine> pending = pending(batchId, named);
        BankReturn imported = new BankReturn(returnId, batchId, sha256, trimmedName(filename), paid, failed,
                pending.size(), actor.userId(), clock.instant());
        store.addReturn(imported, protector.sealBytes(Purpose.BANK_FILE, content));
        auditLog.record(AuditEntry.success(actor, AuditAction.BANK_RETURN_IMPORT, "disbursement_batch", batchId,
                "return " + returnId + ", sha256 " + sha256 + ": " + paid.count() + " paid " + paid.amount() + ", "
                        + failed.count() + " failed " + failed.amount() + ", " + unchanged + " unchanged, "
                        + pending.size() + " pending"));
        return new ReturnReport(ReturnReport.Outcome.APPLIED, List.of(), paid, failed, unchanged, pending, null);
    }

    /** Moves the committed money of a return file's paid (or failed) lines in one entry citing the file. */
    private void post(Actor actor, Batch batch, long returnId, EntryKind kind, AccountKind to, Figure lines,
            String outcome) {
        String memo = "bank return " + returnId + ": " + lines.count() + " lines " + outcome;
        ledger.post(new JournalEntryDraft(kind, new DocumentRef("bank_return", returnId), batch.campaignId(), memo,
                List.of(JournalLine.of(batch.payingUnionId(), AccountKind.COMMITTED, batch.source(), batch.purpose(),
                                lines.amount().negated()),
                        JournalLine.of(batch.payingUnionId(), to, batch.source(), batch.purpose(), lines.amount()))),
                actor.userId());
    }

    private List<ReturnReport.PendingLine> pending(long batchId, Set<String> named) {
        return store.sentLines(batchId).stream().filter(l -> !named.contains(l.reference())).toList();
    }

    /**
     * Reading a return file on two threads: a second thread parses it and hands on the references of its
     * lines in chunks; this one — which holds the transaction and the batch lock — looks each chunk up
     * meanwhile. On two cores the file is parsed while PostgreSQL finds the lines.
     */
    private final class ReturnReading {

        private static final int CHUNK = 5_000;

        private final byte[] content;
        /** This thread's: the lines named so far, by reference. */
        private final Map<String, SettlementLine> known = new HashMap<>();
        /** The parser's: the file read, set before its last hand-over, so seen here once the hand-off returns. */
        private ReturnFileParser.Parsed parsed;

        ReturnReading(byte[] content) {
            this.content = content;
        }

        ReturnFileParser.Parsed read() {
            HandOff.<List<String>>threadProduces("bank-return-parser", 4,
                    references -> parsed = ReturnFileParser.parse(content, CHUNK, references),
                    references -> known.putAll(store.linesByReference(references)));
            return parsed;
        }
    }

    private static String trimmedName(String filename) {
        if (filename == null || filename.isBlank()) {
            return null;
        }
        String name = filename.strip().replaceAll(".*[/\\\\]", "");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
