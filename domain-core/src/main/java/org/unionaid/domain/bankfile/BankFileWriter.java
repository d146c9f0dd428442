package org.unionaid.domain.bankfile;

import java.io.ByteArrayOutputStream;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.DomainException;

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
    private final CharsetEncoder encoder;

    public BankFileWriter(BankFileTemplate template) {
        this.template = template;
        this.charset = template.encoding().charset();
        this.encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    public byte[] write(BatchHeading heading, List<PaymentRow> rows) {
        if (rows.isEmpty()) {
            throw new DomainException("bankfile.noLines");
        }
        Money total = rows.stream().map(PaymentRow::amount).reduce(Money.ZERO, Money::plus);
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows.size() * 128 + 256);
        if (template.withHeader()) {
            line(out, TemplateSection.HEADER, heading, rows.size(), total, null);
        }
        for (PaymentRow row : rows) {
            line(out, TemplateSection.DETAIL, heading, rows.size(), total, row);
        }
        if (template.withTrailer()) {
            line(out, TemplateSection.TRAILER, heading, rows.size(), total, null);
        }
        return out.toByteArray();
    }

    private void line(ByteArrayOutputStream out, TemplateSection section, BatchHeading heading, int count, Money total,
            PaymentRow row) {
        List<TemplateColumn> columns = template.columns(section);
        List<byte[]> cells = new ArrayList<>(columns.size());
        for (TemplateColumn column : columns) {
            String value = value(column, heading, count, total, row);
            cells.add(cell(column, value, row));
        }
        byte[] separator = template.format() == BankFileFormat.CSV ? encode(template.separator()) : new byte[0];
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.writeBytes(separator);
            }
            out.writeBytes(cells.get(i));
        }
        out.writeBytes(encode(template.lineEnding().characters()));
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

    private byte[] cell(TemplateColumn column, String text, PaymentRow row) {
        String value = text == null ? "" : text;
        value.codePoints().filter(c -> !encoder.canEncode(new String(Character.toChars(c)))).findFirst()
                .ifPresent(c -> {
                    throw refusal(row, "unencodable", new String(Character.toChars(c)),
                            String.format("U+%04X", c), template.encoding().label());
                });
        if (value.chars().anyMatch(c -> c == '\r' || c == '\n')
                || template.format() == BankFileFormat.CSV && (value.contains(template.separator()) || value.contains("\""))) {
            throw refusal(row, "separatorInValue", column.position());
        }
        byte[] bytes = encode(value);
        if (template.format() == BankFileFormat.CSV) {
            return bytes;
        }
        int width = column.width();
        if (bytes.length > width) {
            throw refusal(row, "tooWide", column.position(), width, bytes.length);
        }
        byte[] cell = new byte[width];
        byte pad = (byte) column.pad();
        int start = column.alignment() == Alignment.LEFT ? 0 : width - bytes.length;
        Arrays.fill(cell, pad);
        System.arraycopy(bytes, 0, cell, start, bytes.length);
        return cell;
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

    private byte[] encode(String text) {
        try {
            var buffer = encoder.reset().encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("checked character by character before", e);
        }
    }
}
