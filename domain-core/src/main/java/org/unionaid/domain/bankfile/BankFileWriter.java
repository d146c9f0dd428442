package org.unionaid.domain.bankfile;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.Refusal;

/**
 * Writes a bank payment file from a template, strictly: a character the file's encoding cannot hold
 * (a rare name character outside GBK, say) or a value wider than its fixed-width column refuses the whole
 * file, naming the line and the worker. Nothing is ever replaced by {@code ?} or cut short: a bank that
 * receives a different name pays nobody, or somebody else. The same template and rows always give the
 * same bytes.
 */
public final class BankFileWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private final BankFileTemplate template;
    private final Charset charset;
    /** The fields of a line that come from the household rather than from the batch. */
    private static final Set<TemplateField> PAYEE_FIELDS = EnumSet.of(TemplateField.CARD_NUMBER,
            TemplateField.ACCOUNT_NAME, TemplateField.BANK_NAME, TemplateField.ID_NUMBER_MASKED);

    private final CharsetEncoder encoder;
    private final byte[] separator;
    private final byte[] lineEnding;
    /** The encoding writes each ASCII character as its one byte (GBK and UTF-8 do). */
    private final boolean asciiAsIs;
    /** Each section's columns, looked up once rather than filtered from the template for every line. */
    private final Map<TemplateSection, List<TemplateColumn>> columns = new EnumMap<>(TemplateSection.class);

    public BankFileWriter(BankFileTemplate template) {
        this.template = template;
        if (template.columns().stream().anyMatch(c -> c.zeroPadded() && c.alignment() != Alignment.RIGHT)) {
            // A bank receives exactly the value or nothing: zeros after an amount would multiply it.
            throw new DomainException("bankfile.template.zeroPadRight", template.name());
        }
        this.charset = template.encoding().charset();
        this.encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] ascii = new byte[128];
        for (int i = 0; i < ascii.length; i++) {
            ascii[i] = (byte) i;
        }
        this.asciiAsIs = Arrays.equals(new String(ascii, StandardCharsets.US_ASCII).getBytes(charset), ascii);
        this.separator = template.format() == BankFileFormat.CSV ? encode(template.separator()) : new byte[0];
        this.lineEnding = encode(template.lineEnding().characters());
        for (TemplateSection section : TemplateSection.values()) {
            columns.put(section, template.columns(section));
        }
    }

    public byte[] write(BatchHeading heading, List<PaymentRow> rows) {
        if (rows.isEmpty()) {
            throw new DomainException("bankfile.noLines");
        }
        Money total = rows.stream().map(PaymentRow::amount).reduce(Money.ZERO, Money::plus);
        Lines lines = start(heading, rows.size(), total);
        rows.forEach(lines::add);
        return lines.finish();
    }

    /**
     * Starts a file of {@code count} lines summing to {@code total} (the header and trailer need them
     * first), for rows handed on one at a time, so the rows of a large batch need not be in memory at once;
     * the bytes are those {@link #write} gives. {@link Lines#finish} refuses a file whose rows did not add up
     * to the count and total announced.
     */
    public Lines start(BatchHeading heading, int count, Money total) {
        if (count == 0) {
            throw new DomainException("bankfile.noLines");
        }
        return new Lines(heading, count, total);
    }

    /** A file being written, row by row. */
    public final class Lines {

        private final BatchHeading heading;
        private final int count;
        private final Money total;
        private final Bytes out;
        private int written;
        private Money sum = Money.ZERO;

        private Lines(BatchHeading heading, int count, Money total) {
            this.heading = heading;
            this.count = count;
            this.total = total;
            this.out = new Bytes(count * 128 + 256);
            if (template.withHeader()) {
                line(out, TemplateSection.HEADER, heading, count, total, null);
            }
        }

        public void add(PaymentRow row) {
            line(out, TemplateSection.DETAIL, heading, count, total, row);
            written++;
            sum = sum.plus(row.amount());
        }

        public byte[] finish() {
            if (written != count || !sum.equals(total)) {
                throw new IllegalStateException("announced " + count + " lines of " + total + ", written " + written
                        + " of " + sum);
            }
            if (template.withTrailer()) {
                line(out, TemplateSection.TRAILER, heading, count, total, null);
            }
            return out.toByteArray();
        }
    }

    /** Cells go straight into the file: a refusal part-way through a line refuses the whole file anyway. */
    private void line(Bytes out, TemplateSection section, BatchHeading heading, int count, Money total,
            PaymentRow row) {
        boolean first = true;
        for (TemplateColumn column : columns.get(section)) {
            if (!first) {
                out.write(separator);
            }
            first = false;
            cell(out, column, value(column, heading, count, total, row), row);
        }
        out.write(lineEnding);
    }

    private static String value(TemplateColumn column, BatchHeading heading, int count, Money total, PaymentRow row) {
        return switch (column.field()) {
            case LITERAL -> column.literal();
            case SEQUENCE -> Integer.toString(row.sequence());
            case REFERENCE -> row.reference();
            case CARD_NUMBER -> row.cardNumber();
            case ACCOUNT_NAME -> row.accountName();
            case AMOUNT -> column.amountFormat().format(row.amount());
            case BANK_NAME -> row.bankName();
            case PURPOSE -> row.purpose();
            case MEMO -> row.memo();
            case ID_NUMBER_MASKED -> row.idNumberMasked();
            case BATCH_REFERENCE -> heading.batchReference();
            case PAYER_NAME -> heading.payerName();
            case DATE -> DAY.format(heading.date());
            case COUNT -> Integer.toString(count);
            case TOTAL -> column.amountFormat().format(total);
        };
    }

    private void cell(Bytes out, TemplateColumn column, String text, PaymentRow row) {
        String value = text == null ? "" : text;
        byte[] bytes = tryEncode(value);
        Problem problem = problem(column, value, bytes);
        if (problem != null) {
            throw refusal(row, problem.name(), problem.details());
        }
        if (template.format() == BankFileFormat.CSV) {
            out.write(bytes);
            return;
        }
        int width = column.width();
        byte pad = (byte) column.pad();
        if (column.alignment() == Alignment.LEFT) {
            out.write(bytes);
            out.fill(pad, width - bytes.length);
        } else {
            out.fill(pad, width - bytes.length);
            out.write(bytes);
        }
    }

    /** What keeps a value out of its cell: a character the encoding lacks, a separator, too many bytes. */
    private record Problem(String name, Object... details) {
    }

    private Problem problem(TemplateColumn column, String value, byte[] bytes) {
        if (bytes == null) {
            int c = value.codePoints().filter(point -> !encoder.canEncode(new String(Character.toChars(point))))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "the encoder refused a value whose every character it can encode"));
            return new Problem("unencodable", new String(Character.toChars(c)), String.format("U+%04X", c),
                    template.encoding().label());
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0
                || template.format() == BankFileFormat.CSV && (value.contains(template.separator()) || value.contains("\""))) {
            return new Problem("separatorInValue", column.position());
        }
        if (template.format() == BankFileFormat.FIXED_WIDTH && bytes.length > column.width()) {
            return new Problem("tooWide", column.position(), column.width(), bytes.length);
        }
        return null;
    }

    /**
     * R-PAY-13 — why a detail line of this template could not carry the payee's own fields (name, card, bank,
     * masked ID), checked exactly as {@link #write} checks them: {@code payment.refused.payee.*} with the
     * problem's details. Empty when it can.
     */
    public Optional<Refusal> payeeRefusal(PaymentRow payee) {
        for (TemplateColumn column : columns.get(TemplateSection.DETAIL)) {
            if (!PAYEE_FIELDS.contains(column.field())) {
                continue;
            }
            String value = value(column, null, 0, Money.ZERO, payee);
            String text = value == null ? "" : value;
            Problem problem = problem(column, text, tryEncode(text));
            if (problem != null) {
                return Refusal.refuse("payment.refused.payee." + problem.name(), problem.details());
            }
        }
        return Optional.empty();
    }

    /**
     * The file's bytes as they are written: a growing array without the locking of a
     * {@code ByteArrayOutputStream} (a lock per cell of 100,000 lines), and padding without a cell array.
     */
    private static final class Bytes {

        private byte[] data;
        private int size;

        Bytes(int capacity) {
            this.data = new byte[capacity];
        }

        void write(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, data, size, bytes.length);
            size += bytes.length;
        }

        void fill(byte pad, int count) {
            room(count);
            Arrays.fill(data, size, size + count, pad);
            size += count;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(data, size);
        }

        private void room(int more) {
            if (size + more > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, size + more));
            }
        }
    }

    /**
     * A refusal naming the line and worker for a detail line ({@code bankfile.line.*}: line number, worker,
     * then the details), or the header or trailer ({@code bankfile.summary.*}: the details).
     */
    private static DomainException refusal(PaymentRow row, String problem, Object... details) {
        if (row == null) {
            return new DomainException("bankfile.summary." + problem, details);
        }
        Object[] arguments = new Object[details.length + 2];
        arguments[0] = String.valueOf(row.sequence());
        arguments[1] = row.workerName();
        System.arraycopy(details, 0, arguments, 2, details.length);
        return new DomainException("bankfile.line." + problem, arguments);
    }

    /** The value's bytes, or null when the encoding cannot hold one of its characters. */
    private byte[] tryEncode(String text) {
        if (asciiAsIs && isAscii(text)) {
            // References, card numbers, amounts: written byte for byte, without an encoder's buffers (a third
            // of a 100,000-line file's writing went to encoding such cells).
            return text.getBytes(StandardCharsets.US_ASCII);
        }
        try {
            var buffer = encoder.reset().encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            // canEncode, used next to find the character, refuses an encoder left in the middle of coding.
            encoder.reset();
            return null;
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private byte[] encode(String text) {
        byte[] bytes = tryEncode(text);
        if (bytes == null) {
            throw new IllegalStateException("checked character by character before");
        }
        return bytes;
    }
}
