package org.unionaid.domain.bankfile;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.unionaid.domain.money.Money;

/**
 * Reads a bank's return file strictly: CSV lines of reference, card (masked is fine), name, amount in yuan,
 * status (成功/失败 or S/F) and the bank's reason, in UTF-8 or GBK. An optional first line of titles and a
 * totals line (合计, count, total) are recognised; the totals must then agree with the lines. Every line
 * that cannot be read is reported with its number, and so is a reference named twice.
 */
public final class ReturnFileParser {

    /** Longest reason kept (the column's size); a bank's longer text is cut there. */
    public static final int REASON_LENGTH = 200;

    private static final Set<String> TITLE_WORDS = Set.of("业务参考号", "参考号", "交易参考号", "流水号", "reference",
            "ref");
    private static final Set<String> TOTAL_WORDS = Set.of("合计", "总计");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    private ReturnFileParser() {
    }

    /** The lines read, and the problems found; lines with a problem are left out of {@code lines}. */
    public record Parsed(List<ReturnLine> lines, List<ReturnProblem> problems) {
    }

    public static Parsed parse(byte[] content) {
        return parse(content, Integer.MAX_VALUE, references -> {
        });
    }

    /**
     * As {@link #parse(byte[])}, handing on the references of the lines read so far every {@code chunk}
     * lines (and the last ones at the end), so that a caller can look them up while the rest is read.
     * Only lines without a problem of their own are handed on; the totals line is checked at the end.
     */
    public static Parsed parse(byte[] content, int chunk, Consumer<List<String>> references) {
        List<ReturnLine> lines = new ArrayList<>();
        int handedOn = 0;
        List<ReturnProblem> problems = new ArrayList<>();
        Optional<String> text = decode(content);
        if (text.isEmpty()) {
            problems.add(ReturnProblem.of(0, "bankreturn.encoding"));
            return new Parsed(lines, problems);
        }
        String[] physical = text.get().split("\r\n|\r|\n", -1);
        Map<String, Integer> firstSeen = new HashMap<>();
        boolean first = true;
        int dataLines = 0;
        List<Runnable> totalsChecks = new ArrayList<>();
        for (int i = 0; i < physical.length; i++) {
            int number = i + 1;
            String raw = physical[i];
            if (raw.isBlank()) {
                continue;
            }
            List<String> cells = cells(raw);
            if (cells == null) {
                problems.add(ReturnProblem.of(number, "bankreturn.malformed.quotes"));
                first = false;
                continue;
            }
            String head = normalise(cells.get(0));
            if (first && TITLE_WORDS.contains(head.toLowerCase(Locale.ROOT))) {
                first = false;
                continue;
            }
            first = false;
            if (TOTAL_WORDS.contains(head)) {
                totalsChecks.add(totals(number, cells, problems, lines));
                continue;
            }
            dataLines++;
            ReturnLine line = line(number, cells, problems);
            if (line == null) {
                continue;
            }
            Integer earlier = firstSeen.putIfAbsent(line.reference(), number);
            if (earlier != null) {
                problems.add(ReturnProblem.of(number, "bankreturn.duplicate", line.reference(), String.valueOf(earlier)));
                continue;
            }
            lines.add(line);
            if (lines.size() - handedOn == chunk) {
                references.accept(referencesOf(lines.subList(handedOn, lines.size())));
                handedOn = lines.size();
            }
        }
        if (handedOn < lines.size()) {
            references.accept(referencesOf(lines.subList(handedOn, lines.size())));
        }
        if (dataLines == 0 && problems.isEmpty()) {
            problems.add(ReturnProblem.of(0, "bankreturn.empty"));
        }
        totalsChecks.forEach(Runnable::run);
        return new Parsed(lines, problems);
    }

    private static List<String> referencesOf(List<ReturnLine> lines) {
        return lines.stream().map(ReturnLine::reference).toList();
    }

    /** The totals line is checked once every line is read: its count and sum must be those of the lines. */
    private static Runnable totals(int number, List<String> cells, List<ReturnProblem> problems,
            List<ReturnLine> lines) {
        return () -> {
            if (cells.size() < 3 || !normalise(cells.get(1)).matches("\\d{1,9}")
                    || !AMOUNT.matcher(normalise(cells.get(2))).matches()) {
                problems.add(ReturnProblem.of(number, "bankreturn.malformed.totals"));
                return;
            }
            if (problems.stream().anyMatch(p -> p.lineNumber() != number)) {
                return; // the lines are wrong already; their totals say nothing more
            }
            int count = Integer.parseInt(normalise(cells.get(1)));
            Money total = Money.of(new BigDecimal(normalise(cells.get(2))));
            Money sum = lines.stream().map(ReturnLine::amount).reduce(Money.ZERO, Money::plus);
            if (count != lines.size() || !total.equals(sum)) {
                problems.add(ReturnProblem.of(number, "bankreturn.totalsDiffer", String.valueOf(count), total,
                        String.valueOf(lines.size()), sum));
            }
        };
    }

    private static ReturnLine line(int number, List<String> cells, List<ReturnProblem> problems) {
        if (cells.size() != 5 && cells.size() != 6) {
            problems.add(ReturnProblem.of(number, "bankreturn.malformed.columns", String.valueOf(cells.size())));
            return null;
        }
        String reference = normalise(cells.get(0));
        String card = normalise(cells.get(1));
        String name = normalise(cells.get(2));
        String amount = normalise(cells.get(3));
        String status = normalise(cells.get(4));
        String reason = cells.size() == 6 ? normalise(cells.get(5)) : "";
        if (reference.isEmpty() || card.isEmpty() || name.isEmpty()) {
            problems.add(ReturnProblem.of(number, "bankreturn.malformed.missing"));
            return null;
        }
        if (!AMOUNT.matcher(amount).matches() || new BigDecimal(amount).signum() == 0) {
            problems.add(ReturnProblem.of(number, "bankreturn.malformed.amount", amount));
            return null;
        }
        Boolean paid = switch (status.toUpperCase(Locale.ROOT)) {
            case "成功", "S" -> Boolean.TRUE;
            case "失败", "F" -> Boolean.FALSE;
            default -> null;
        };
        if (paid == null) {
            problems.add(ReturnProblem.of(number, "bankreturn.malformed.status", status));
            return null;
        }
        String kept = reason.isEmpty() || paid ? null
                : reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason;
        return new ReturnLine(number, reference, card, name, Money.of(new BigDecimal(amount)), paid, kept);
    }

    /** Full-width digits and letters as half-width, stray spaces gone (files typed or saved by hand). */
    static String normalise(String cell) {
        return Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
    }

    /** The cells of one CSV line, with RFC 4180 quotes; null when a quote is left open or stray. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '"') {
                if (wasQuoted || !cell.toString().isBlank()) {
                    return null;
                }
                quoted = true;
                wasQuoted = true;
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
    }

    /** UTF-8 (with or without its byte-order mark) if the bytes are valid UTF-8, else GBK, else nothing. */
    static Optional<String> decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
            try {
                return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(content, start, content.length - start)).toString());
            } catch (CharacterCodingException notThisOne) {
                // try the next
            }
        }
        return Optional.empty();
    }
}
