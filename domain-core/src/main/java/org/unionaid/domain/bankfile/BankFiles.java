package org.unionaid.domain.bankfile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.audit.AuditOutcome;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.Batches;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.LineStatus;
import org.unionaid.domain.disbursement.PaymentMethod;
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
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Bank payment files for approved bank-transfer batches, and the bank's return files (DOMAIN §7).
 *
 * <p>A file is generated once and stored: asking again gives the same bytes, until the finance officer
 * asks for a new version, which voids the old one. A return file settles each line it names — paid: the
 * committed money is disbursed; failed: it goes back to available, and the household may be paid in a later
 * batch — or, if any of its lines has a problem, settles nothing. The money moves in one ledger entry for the
 * file's paid lines and one for its failed lines, each citing the return file (kept sealed as the proof of
 * which lines it settled), so that a return of 100,000 lines is two entries, not 100,000. Both take the
 * batch's row lock and change lines only from SENT, so a line is paid once whatever is retried, imported
 * twice or imported at once.
 */
@Service
@Transactional
public class BankFiles {

    /** A return file larger than this is refused (a batch of 100,000 lines is about 6 MB). */
    public static final int RETURN_FILE_LIMIT = 10 * 1024 * 1024;

    private static final int VOID_REASON_LENGTH = 200;

    private final BankFileStore store;
    private final BankFileTemplates templates;
    private final Batches batches;
    private final Disbursement disbursement;
    private final Ledger ledger;
    private final PersonalDataProtector protector;
    private final AuditLog auditLog;
    private final Clock clock;

    public BankFiles(BankFileStore store, BankFileTemplates templates, Batches batches, Disbursement disbursement,
            Ledger ledger, PersonalDataProtector protector, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.batches = batches;
        this.disbursement = disbursement;
        this.ledger = ledger;
        this.protector = protector;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A file to send: its description, the name to save it under, its media type and bytes. */
    public record Download(BankFile file, String filename, String contentType, byte[] content) {
    }

    @Transactional(readOnly = true)
    public List<BankFileTemplate> templates(Actor actor) {
        actor.requireAnyRole(Role.ADMIN, Role.FINANCE);
        return templates.all();
    }

    /**
     * The batch's file in force, generated with {@code templateId} if there is none yet (its lines then
     * read as SENT); with {@code newVersion}, a new file that voids the one in force, for a written reason.
     */
    public BankFile generate(Actor actor, long batchId, long templateId, boolean newVersion, String reason) {
        Batch batch = payableBatch(actor, batchId);
        BankFileTemplate template = templates.find(templateId)
                .orElseThrow(() -> DomainException.onField("template", "bankfile.template.required"));
        store.lockBatch(batchId);
        var current = store.current(batchId);
        if (current.isPresent() && !newVersion) {
            if (current.get().templateId() != templateId) {
                throw new DomainException("bankfile.otherTemplate", current.get().templateName(),
                        String.valueOf(current.get().version()));
            }
            return current.get();
        }
        Instant now = clock.instant();
        String voided = "";
        if (current.isPresent()) {
            if (reason == null || reason.isBlank()) {
                throw DomainException.onField("reason", "bankfile.newVersion.reasonRequired");
            }
            if (!store.returns(batchId).isEmpty()) {
                throw new DomainException("bankfile.newVersion.afterReturn");
            }
            String why = reason.strip();
            why = why.length() > VOID_REASON_LENGTH ? why.substring(0, VOID_REASON_LENGTH) : why;
            if (!store.voidFile(current.get().id(), actor.userId(), why, now)) {
                throw new IllegalStateException("the file in force changed under the batch lock");
            }
            voided = ", voids v" + current.get().version();
        }
        // Under the batch lock the lines cannot change: the figures announced in the header are those written.
        Figure payable = store.unsettled(batchId);
        BankFileWriter.Lines writing = new BankFileWriter(template).start(
                new BatchHeading(BatchHeading.batchReference(batchId), batch.payingUnionName(), LocalDate.now(clock)),
                payable.count(), payable.amount());
        byte[] content = new FileLines(batch, writing).write();
        int lineCount = payable.count();
        Money total = payable.amount();
        int version = store.files(batchId).stream().mapToInt(BankFile::version).max().orElse(0) + 1;
        String sha256 = sha256(content);
        BankFile file = store.addFile(batchId, template, version, sha256, seal(content), content.length, lineCount,
                total, actor.userId(), now);
        auditLog.record(AuditEntry.success(actor, AuditAction.BANK_FILE_GENERATE, "disbursement_batch", batchId,
                "v" + version + " template " + templateId + ", " + lineCount + " lines, " + total + ", sha256 "
                        + sha256 + voided));
        return file;
    }

    /** The bytes of a file in force, exactly as generated; every download is audited with its SHA-256. */
    public Download download(Actor actor, long fileId) {
        BankFile file = store.file(fileId).orElseThrow(() -> new NotFoundException("bank file", fileId));
        payingBatch(actor, file.batchId());
        if (file.isVoided()) {
            throw new DomainException("bankfile.voided", String.valueOf(file.version()));
        }
        byte[] content = opened(file);
        BankFileTemplate template = templates.find(file.templateId()).orElseThrow();
        auditLog.record(AuditEntry.success(actor, AuditAction.BANK_FILE_DOWNLOAD, "bank_file", fileId,
                BatchHeading.batchReference(file.batchId()) + " v" + file.version() + ", sha256 " + file.sha256()));
        String type = (template.format() == BankFileFormat.CSV ? "text/csv" : "text/plain") + ";charset="
                + template.encoding().label();
        return new Download(file, file.filename(template.extension()), type, content);
    }

    /**
     * Imports the bank's return file for the batch: all of it, or — when any line has a problem — none of
     * it, with every problem by line number. The same file a second time changes nothing.
     */
    public ReturnReport importReturn(Actor actor, long batchId, String filename, byte[] content) {
        Batch batch = payableBatch(actor, batchId);
        if (content == null || content.length == 0) {
            throw DomainException.onField("returnFile", "bankreturn.required");
        }
        if (content.length > RETURN_FILE_LIMIT) {
            throw DomainException.onField("returnFile", "bankreturn.tooLarge");
        }
        String sha256 = sha256(content);
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
            ReturnProblem problem = problem(batchId, line, target);
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
            return new ReturnReport(ReturnReport.Outcome.REFUSED, problems, Figure.NONE, Figure.NONE, 0,
                    pending(batchId, named), null);
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
        store.addReturn(imported, seal(content));
        auditLog.record(AuditEntry.success(actor, AuditAction.BANK_RETURN_IMPORT, "disbursement_batch", batchId,
                "return " + returnId + ", sha256 " + sha256 + ": " + paid.count() + " paid " + paid.amount() + ", "
                        + failed.count() + " failed " + failed.amount() + ", " + unchanged + " unchanged, "
                        + pending.size() + " pending"));
        return new ReturnReport(ReturnReport.Outcome.APPLIED, List.of(), paid, failed, unchanged, pending, null);
    }

    /** Σ sent = Σ paid + Σ failed + Σ pending, beside the file in force and the ledger. */
    @Transactional(readOnly = true)
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

    /** The batch's files, newest first, for anyone who may see the batch. */
    @Transactional(readOnly = true)
    public List<BankFile> files(Actor actor, long batchId) {
        disbursement.view(actor, batchId);
        return store.files(batchId);
    }

    @Transactional(readOnly = true)
    public List<BankReturn> returns(Actor actor, long batchId) {
        disbursement.view(actor, batchId);
        return store.returns(batchId);
    }

    private ReturnProblem problem(long batchId, ReturnLine line, SettlementLine target) {
        int n = line.lineNumber();
        if (target == null) {
            return ReturnProblem.of(n, "bankreturn.unknownReference", line.reference());
        }
        if (target.batchId() != batchId) {
            return ReturnProblem.of(n, "bankreturn.otherBatch", line.reference(),
                    BatchHeading.batchReference(target.batchId()));
        }
        if (!line.amount().equals(target.amount())) {
            return ReturnProblem.of(n, "bankreturn.amountDiffers", line.reference(), line.amount(), target.amount());
        }
        String holder = target.holder() != null ? target.holder() : target.workerName();
        if (!ReturnFileParser.normalise(holder).equals(line.name())) {
            return ReturnProblem.of(n, "bankreturn.nameDiffers", line.reference(), line.name(), holder);
        }
        if (!sameLastDigits(line.card(), target.cardMasked())) {
            return ReturnProblem.of(n, "bankreturn.cardDiffers", line.reference());
        }
        return switch (target.status()) {
            case PENDING -> ReturnProblem.of(n, "bankreturn.notSent", line.reference());
            case SENT -> null;
            case PAID -> line.paid() ? null : ReturnProblem.of(n, "bankreturn.conflict.paid", line.reference());
            case FAILED -> line.paid() ? ReturnProblem.of(n, "bankreturn.conflict.failed", line.reference()) : null;
        };
    }

    /** The last four digits agree, when the bank's card shows four; a fully masked card is not compared. */
    private static boolean sameLastDigits(String returned, String masked) {
        // By hand rather than by regular expressions: they were a tenth of importing 100,000 lines.
        String digits = lastFourDigits(returned);
        String ours = masked == null ? null : lastFourDigits(masked);
        if (digits == null || ours == null || !endsInFourDigits(returned.strip())) {
            return true;
        }
        return digits.equals(ours);
    }

    /** The last four ASCII digits of the text, wherever they stand, or null when it has fewer. */
    private static String lastFourDigits(String text) {
        char[] last = new char[4];
        int found = 0;
        for (int i = text.length() - 1; i >= 0 && found < 4; i--) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                last[3 - found++] = c;
            }
        }
        return found == 4 ? new String(last) : null;
    }

    /** Ends in four ASCII digits, on one line. */
    private static boolean endsInFourDigits(String text) {
        int length = text.length();
        if (length < 4) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || i >= length - 4 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
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

    private PaymentRow row(Batch batch, int sequence, BankFileStore.Payee payee) {
        if (payee.cardSealed() == null) {
            throw new DomainException("bankfile.line.noAccount", String.valueOf(sequence), payee.workerName());
        }
        return new PaymentRow(sequence, payee.reference(), protector.open(Purpose.BANK_CARD, payee.cardSealed()),
                payee.holder(), payee.amount(), BankFileTexts.bank(payee.bank()), BankFileTexts.purpose(batch.purpose()),
                batch.campaignName(), payee.workerIdMasked() == null ? "" : payee.workerIdMasked(), payee.workerName());
    }

    /**
     * Writing a file's lines on two threads: this one — which holds the transaction — reads the lines from
     * PostgreSQL's cursor and hands them on in chunks; a second thread opens the cards and writes the lines,
     * alone and in the order received, so the bytes are those one thread would write. On two cores the cards
     * are opened and the lines written while PostgreSQL sends the next rows.
     */
    private final class FileLines {

        private static final int CHUNK = 1000;
        private static final Object END = new Object();

        private final Batch batch;
        private final BankFileWriter.Lines writing;
        private final BlockingQueue<Object> handOver = new ArrayBlockingQueue<>(4);
        /** The writer's first refusal (a card missing, a name the encoding cannot hold), for this thread to throw. */
        private volatile RuntimeException failure;
        /** Reader side. */
        private List<BankFileStore.Payee> chunk = new ArrayList<>(CHUNK);
        /** Writer side. */
        private int sequence;

        FileLines(Batch batch, BankFileWriter.Lines writing) {
            this.batch = batch;
            this.writing = writing;
        }

        byte[] write() {
            Thread writer = new Thread(this::writeLines, "bank-file-writer");
            writer.setDaemon(true);
            writer.start();
            try {
                store.forEachPayee(batch.id(), this::read);
                if (!chunk.isEmpty()) {
                    handOver(chunk);
                }
                handOver(END);
                writer.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("bank file interrupted", interrupted);
            } finally {
                // The writer waits for chunks that will not come when reading failed.
                writer.interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            // After join: the writer's lines are all visible here.
            return writing.finish();
        }

        private void read(BankFileStore.Payee payee) {
            chunk.add(payee);
            if (chunk.size() == CHUNK) {
                handOver(chunk);
                chunk = new ArrayList<>(CHUNK);
            }
        }

        private void handOver(Object item) {
            if (failure != null) {
                // Stop reading the cursor: the file is refused anyway.
                throw failure;
            }
            try {
                handOver.put(item);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("bank file interrupted", interrupted);
            }
        }

        @SuppressWarnings("unchecked")
        private void writeLines() {
            try {
                for (Object next = handOver.take(); next != END; next = handOver.take()) {
                    if (failure == null) {
                        write((List<BankFileStore.Payee>) next);
                    }
                    // After a refusal the chunks still queued are taken and dropped, so the reader never waits.
                }
            } catch (InterruptedException interrupted) {
                // reading failed: nothing more will come
            }
        }

        private void write(List<BankFileStore.Payee> payees) {
            try {
                for (BankFileStore.Payee payee : payees) {
                    writing.add(row(batch, ++sequence, payee));
                }
            } catch (RuntimeException refusal) {
                failure = refusal;
            } catch (Error error) {
                failure = new IllegalStateException("writing the bank file failed", error);
            }
        }
    }

    /**
     * Reading a return file on two threads: a second thread parses it and hands on the references of its
     * lines in chunks; this one — which holds the transaction and the batch lock — looks each chunk up
     * meanwhile. On two cores the file is parsed while PostgreSQL finds the lines.
     */
    private final class ReturnReading {

        private static final int CHUNK = 5_000;

        private final byte[] content;
        private final BlockingQueue<Object> handOver = new ArrayBlockingQueue<>(4);
        /** This thread's: the lines named so far, by reference. */
        private final Map<String, SettlementLine> known = new java.util.HashMap<>();

        /** What the parser ends with: the file read, or what stopped it. */
        private record Done(ReturnFileParser.Parsed parsed, RuntimeException failure) {
        }

        /** The parser's put was interrupted: this thread stopped waiting. */
        private static final class Stopped extends RuntimeException {
            Stopped() {
                super(null, null, false, false);
            }
        }

        ReturnReading(byte[] content) {
            this.content = content;
        }

        @SuppressWarnings("unchecked")
        ReturnFileParser.Parsed read() {
            Thread parser = new Thread(this::parse, "bank-return-parser");
            parser.setDaemon(true);
            parser.start();
            try {
                for (Object next = handOver.take(); ; next = handOver.take()) {
                    if (next instanceof Done done) {
                        if (done.failure() != null) {
                            throw done.failure();
                        }
                        return done.parsed();
                    }
                    known.putAll(store.linesByReference((List<String>) next));
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("return import interrupted", interrupted);
            } finally {
                // A parser still handing on chunks after a failure here must not wait for ever.
                parser.interrupt();
            }
        }

        private void parse() {
            Done done;
            try {
                done = new Done(ReturnFileParser.parse(content, CHUNK, this::handOver), null);
            } catch (Stopped stopped) {
                return; // nobody is waiting any more
            } catch (RuntimeException failure) {
                done = new Done(null, failure);
            } catch (Error error) {
                done = new Done(null, new IllegalStateException("reading the return file failed", error));
            }
            try {
                handOver(done);
            } catch (Stopped stopped) {
                // nobody is waiting any more
            }
        }

        private void handOver(Object item) {
            try {
                handOver.put(item);
            } catch (InterruptedException interrupted) {
                throw new Stopped();
            }
        }
    }

    /** The finance officer of the paying union, and an approved bank-transfer batch. */
    private Batch payableBatch(Actor actor, long batchId) {
        Batch batch = payingBatch(actor, batchId);
        if (batch.method() != PaymentMethod.BANK_TRANSFER) {
            throw new DomainException("bankfile.notBankTransfer");
        }
        if (batch.isDraft()) {
            throw new DomainException("bankfile.notApproved");
        }
        return batch;
    }

    private Batch payingBatch(Actor actor, long batchId) {
        actor.requireRole(Role.FINANCE);
        Batch batch = batches.find(batchId).orElseThrow(() -> new NotFoundException("disbursement batch", batchId));
        if (batch.payingUnionId() != actor.organisationId()) {
            throw new OutsideScopeException("disbursement batch " + batchId);
        }
        return batch;
    }

    private byte[] seal(byte[] content) {
        return protector.sealBytes(Purpose.BANK_FILE, content);
    }

    /**
     * The stored file's bytes, checked against its SHA-256. Files generated before bank files were sealed as
     * bytes hold their bytes in Base64: the hash tells which.
     */
    private byte[] opened(BankFile file) {
        byte[] content = protector.openBytes(Purpose.BANK_FILE, store.sealedContent(file.id()));
        if (sha256(content).equals(file.sha256())) {
            return content;
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(content);
            if (sha256(decoded).equals(file.sha256())) {
                return decoded;
            }
        } catch (IllegalArgumentException notBase64) {
            // neither form: fall through to the refusal
        }
        throw new IllegalStateException("bank file " + file.id() + " does not match its SHA-256");
    }

    private static String trimmedName(String filename) {
        if (filename == null || filename.isBlank()) {
            return null;
        }
        String name = filename.strip().replaceAll(".*[/\\\\]", "");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
