package org.unionaid.reporting.sheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell as read: its text after normalisation ({@code null} when blank), whether Excel stored it
 * as a number (an 18-digit ID number stored so has lost its last digits), and the date when the
 * cell is date-formatted.
 */
public record SheetCell(String text, boolean storedAsNumber, LocalDate date) {

    static final SheetCell BLANK = new SheetCell(null, false, null);

    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{4,5}(\\.0+)?");
    /** Day 0 of Excel's 1900 date system, counting its phantom 29 February 1900. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    public boolean blank() {
        return text == null;
    }

    /**
     * A date written as people write them — 2024-03-05, 2024/3/5, 2024.3.5, 20240305, 2024年3月5日 —
     * or as an Excel serial number (45356); empty for anything else, impossible dates included.
     */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            Matcher ymd = YMD.matcher(value);
            if (ymd.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
                        Integer.parseInt(ymd.group(3))));
            }
            Matcher compact = COMPACT.matcher(value);
            if (compact.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3))));
            }
            if (SERIAL.matcher(value).matches()) {
                return Optional.of(EXCEL_EPOCH.plusDays((long) Double.parseDouble(value)));
            }
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** This cell's date: the date-formatted value, else its text read as a date. */
    public Optional<LocalDate> asDate() {
        return date != null ? Optional.of(date) : parseDate(text);
    }
}
