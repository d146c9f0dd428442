package org.unionaid.reporting.sheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an uploaded .xlsx row by row with POI's event API (SAX over the
 * sheet XML), so that a sheet of 100,000 rows never becomes a workbook in memory. Copes with what
 * people's spreadsheets hold: title rows above the header, columns in any order, full-width
 * characters and stray spaces, numbers where text was meant, dates as text or serials, blank rows.
 * Refuses, with a reason, what it cannot read: not Excel, legacy .xls, a zip bomb, no header.
 */
public final class SheetReader {

    /** The header must be among the first rows; below that a sheet is not one of ours. */
    private static final int HEADER_SEARCH_ROWS = 10;
    /** A decompressed part may be at most this many times smaller than compressed (POI's zip bomb guard). */
    private static final double MIN_INFLATE_RATIO = 0.005;
    private static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    private final List<SheetColumn> columns;
    private final int maxRows;

    public SheetReader(List<SheetColumn> columns, int maxRows) {
        this.columns = List.copyOf(columns);
        this.maxRows = maxRows;
    }

    public SheetReader(List<SheetColumn> columns) {
        this(columns, 200_000);
    }

    /** Reads the first worksheet, calling {@code rows} for every non-blank data row in order. */
    public SheetLayout read(InputStream upload, Consumer<SheetRow> rows) throws SheetRejectedException {
        Path copy = null;
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(upload))) {
            FileMagic magic = FileMagic.valueOf(in);
            if (magic == FileMagic.OLE2) {
                throw new SheetRejectedException("sheet.legacyXls");
            }
            if (magic != FileMagic.OOXML) {
                throw new SheetRejectedException("sheet.notExcel");
            }
            // A file on disk lets POI read zip entries one at a time instead of inflating all of them.
            copy = Files.createTempFile("unionaid-sheet", ".xlsx");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return readPackage(copy, rows);
        } catch (EmptyFileException empty) {
            throw new SheetRejectedException("sheet.empty");
        } catch (IOException unreadable) {
            throw new SheetRejectedException("sheet.notExcel");
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temp directory
                }
            }
        }
    }

    private SheetLayout readPackage(Path file, Consumer<SheetRow> rows) throws SheetRejectedException, IOException {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SheetRejectedException("sheet.empty");
            }
            Collector collector = new Collector(rows);
            RawFormatter formatter = new RawFormatter(collector);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, formatter, false));
                parser.parse(new InputSource(sheet));
            }
            if (collector.header == null) {
                throw new SheetRejectedException(collector.rowsSeen == 0 ? "sheet.empty" : "sheet.header.notFound",
                        String.join("、", missingHeaders(collector.bestHeaderGuess)));
            }
            return new SheetLayout(collector.headerRow, collector.header, collector.unknownHeaders,
                    collector.headerValues, collector.dataRows);
        } catch (Rejected rejected) {
            throw rejected.reason;
        } catch (NotOfficeXmlFileException | OpenXML4JException | SAXException
                | ParserConfigurationException broken) {
            throw new SheetRejectedException("sheet.notExcel");
        } catch (IOException io) {
            if (String.valueOf(io.getMessage()).contains("Zip bomb")) {
                throw new SheetRejectedException("sheet.tooLarge");
            }
            throw io;
        } catch (IllegalStateException | org.apache.poi.ooxml.POIXMLException broken) {
            // POI reports a zip bomb and some broken parts this way.
            if (String.valueOf(broken.getMessage()).contains("Zip bomb")
                    || (broken.getCause() != null && String.valueOf(broken.getCause().getMessage()).contains("Zip bomb"))) {
                throw new SheetRejectedException("sheet.tooLarge");
            }
            throw new SheetRejectedException("sheet.notExcel");
        }
    }

    /** Names of the required columns a row's headers lack (all required ones when no row came close). */
    private List<String> missingHeaders(Map<Integer, String> headers) {
        List<String> missing = new ArrayList<>();
        for (SheetColumn column : columns) {
            if (column.required() && indexOf(column, headers) < 0) {
                missing.add(column.name());
            }
        }
        return missing;
    }

    private static int indexOf(SheetColumn column, Map<Integer, String> headers) {
        for (Map.Entry<Integer, String> header : headers.entrySet()) {
            for (String accepted : column.headers()) {
                if (normaliseHeader(accepted).equals(header.getValue())) {
                    return header.getKey();
                }
            }
        }
        return -1;
    }

    /** Header text as compared: normalised, no spaces at all, no required-marker. */
    static String normaliseHeader(String text) {
        String value = normalise(text);
        if (value == null) {
            return "";
        }
        return value.replaceAll("\\s+", "").replaceAll("(\\(必填\\)|\\*)$", "").replaceAll("^\\*", "");
    }

    /**
     * Cell text as compared and parsed: full-width letters, digits and punctuation made half-width
     * (NFKC), the ideographic space and no-break space made plain, then trimmed; blank → null.
     */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * Text the {@link SheetWriter} guarded against running as a formula ('=…) reads back as it was
     * before, so that a downloaded copy can be corrected and uploaded again.
     */
    static String withoutFormulaGuard(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    /** Unchecked carrier of a refusal raised inside the SAX callbacks. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final SheetRejectedException reason;

        Rejected(SheetRejectedException reason) {
            super(reason.messageKey(), null, false, false);
            this.reason = reason;
        }
    }

    /**
     * Gives numbers as plain decimals (never 3.30102E+17) and dates as ISO text, and tells the
     * collector which kind the cell it is about to receive was — POI passes only text on.
     */
    private static final class RawFormatter extends DataFormatter {

        private final Collector collector;

        RawFormatter(Collector collector) {
            this.collector = collector;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
                collector.nextDate = date;
                return date.toString();
            }
            collector.nextIsNumber = true;
            String plain = BigDecimal.valueOf(value).toPlainString();
            return plain.endsWith(".0") ? plain.substring(0, plain.length() - 2) : plain;
        }
    }

    /** Receives cells from POI, finds the header, and hands data rows on. */
    private final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Consumer<SheetRow> rows;
        private final Map<Integer, SheetCell> cells = new HashMap<>();
        /** The cells' text exactly as written, for the copy of the upload. */
        private final Map<Integer, String> written = new HashMap<>();
        private Map<String, Integer> header;
        private List<String> unknownHeaders = List.of();
        private List<String> headerValues = List.of();
        private Map<Integer, String> bestHeaderGuess = Map.of();
        private int headerRow;
        private int rowsSeen;
        private int dataRows;
        private boolean nextIsNumber;
        private LocalDate nextDate;

        Collector(Consumer<SheetRow> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            written.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            String text = withoutFormulaGuard(normalise(formattedValue));
            cells.put(column, new SheetCell(text, nextIsNumber && text != null, nextDate));
            written.put(column, formattedValue);
            nextIsNumber = false;
            nextDate = null;
        }

        @Override
        public void endRow(int rowNum) {
            rowsSeen++;
            if (cells.values().stream().allMatch(SheetCell::blank)) {
                return;
            }
            if (header == null) {
                findHeader(rowNum);
                return;
            }
            dataRows++;
            if (dataRows > maxRows) {
                throw new Rejected(new SheetRejectedException("sheet.tooManyRows", maxRows));
            }
            Map<String, SheetCell> byKey = new HashMap<>();
            header.forEach((key, index) -> byKey.put(key, cells.getOrDefault(index, SheetCell.BLANK)));
            rows.accept(new SheetRow(rowNum + 1, byKey, rawValues()));
        }

        private void findHeader(int rowNum) {
            if (rowNum >= HEADER_SEARCH_ROWS) {
                throw new Rejected(new SheetRejectedException("sheet.header.notFound",
                        String.join("、", missingHeaders(bestHeaderGuess))));
            }
            Map<Integer, String> texts = new LinkedHashMap<>();
            cells.forEach((index, cell) -> {
                if (!cell.blank()) {
                    texts.put(index, normaliseHeader(cell.text()));
                }
            });
            List<String> missing = missingHeaders(texts);
            if (missing.size() < missingHeaders(bestHeaderGuess).size() || bestHeaderGuess.isEmpty()) {
                bestHeaderGuess = texts;
            }
            if (!missing.isEmpty()) {
                return;
            }
            Map<String, Integer> found = new LinkedHashMap<>();
            for (SheetColumn column : columns) {
                int index = indexOf(column, texts);
                if (index >= 0) {
                    found.put(column.key(), index);
                }
            }
            List<String> unknown = new ArrayList<>();
            texts.forEach((index, text) -> {
                if (!found.containsValue(index)) {
                    unknown.add(cells.get(index).text());
                }
            });
            header = found;
            headerRow = rowNum + 1;
            unknownHeaders = List.copyOf(unknown);
            headerValues = rawValues();
        }

        private List<String> rawValues() {
            int last = written.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
            List<String> values = new ArrayList<>();
            for (int i = 0; i <= last; i++) {
                values.add(written.get(i));
            }
            return values;
        }

        @Override
        public void headerFooter(String text, boolean isHeader, String tagName) {
            // page headers and footers carry no data
        }
    }
}
