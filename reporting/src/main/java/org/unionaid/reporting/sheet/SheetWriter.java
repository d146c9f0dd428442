package org.unionaid.reporting.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one worksheet as a stream (POI SXSSF: only a window of rows in memory, the rest in a
 * compressed temporary file), for exports, templates and the copy of an upload with its errors.
 * Text that a spreadsheet would run as a formula is neutralised.
 */
public final class SheetWriter implements AutoCloseable {

    /** Rows kept in memory; older rows are flushed to the temporary file. */
    private static final int WINDOW = 200;
    /** Data rows a drop-down list applies to. */
    private static final int VALIDATED_ROWS = 100_000;

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final OutputStream out;
    private final CellStyle headerStyle;
    private final CellStyle requiredHeaderStyle;
    private final CellStyle textStyle;
    private final CellStyle amountStyle;
    private final CellStyle dateStyle;
    private final CellStyle highlightStyle;
    private int nextRow;
    private int headerRow = -1;
    private int listCount;

    private SheetWriter(OutputStream out, String sheetName) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(sheetName);
        Font bold = workbook.createFont();
        bold.setBold(true);
        this.headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setBorderBottom(BorderStyle.THIN);
        Font red = workbook.createFont();
        red.setBold(true);
        red.setColor(IndexedColors.DARK_RED.getIndex());
        this.requiredHeaderStyle = workbook.createCellStyle();
        requiredHeaderStyle.cloneStyleFrom(headerStyle);
        requiredHeaderStyle.setFont(red);
        this.textStyle = workbook.createCellStyle();
        textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
        this.amountStyle = workbook.createCellStyle();
        amountStyle.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        this.highlightStyle = workbook.createCellStyle();
        highlightStyle.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        highlightStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    public static SheetWriter create(OutputStream out, String sheetName) {
        return new SheetWriter(out, sheetName);
    }

    /** A title row merged across {@code width} columns. */
    public SheetWriter title(String title, int width) {
        Row row = sheet.createRow(nextRow++);
        Cell cell = row.createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(headerStyle);
        if (width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, width - 1));
        }
        return this;
    }

    /**
     * The header row, bold, frozen above the data; required columns are marked with * in dark red.
     * Column widths follow the header (a CJK character counts double).
     */
    public SheetWriter header(List<String> headers, Set<Integer> requiredColumns) {
        Row row = sheet.createRow(nextRow++);
        headerRow = row.getRowNum();
        for (int i = 0; i < headers.size(); i++) {
            boolean required = requiredColumns.contains(i);
            Cell cell = row.createCell(i);
            cell.setCellValue(required ? headers.get(i) + "*" : headers.get(i));
            cell.setCellStyle(required ? requiredHeaderStyle : headerStyle);
            sheet.setColumnWidth(i, Math.min(60, Math.max(10, displayWidth(headers.get(i)) + 4)) * 256);
        }
        sheet.createFreezePane(0, nextRow);
        return this;
    }

    /** Widens a column, e.g. one holding 18-digit ID numbers. */
    public SheetWriter width(int column, int characters) {
        sheet.setColumnWidth(column, characters * 256);
        return this;
    }

    /** Text format for the data rows of a column, so that Excel keeps ID and card numbers as typed. */
    public SheetWriter textColumn(int column) {
        sheet.setDefaultColumnStyle(column, textStyle);
        return this;
    }

    /**
     * A drop-down list of {@code values} on the data rows of a column. The values live in a hidden
     * sheet, since a list written into the rule itself may hold at most 255 characters.
     */
    public SheetWriter dropDown(int column, List<String> values) {
        if (headerRow < 0) {
            throw new IllegalStateException("the header comes before drop-down lists");
        }
        Sheet lists = workbook.getSheet("lists");
        if (lists == null) {
            lists = workbook.createSheet("lists");
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
        }
        int listColumn = listCount++;
        for (int i = 0; i < values.size(); i++) {
            Row row = lists.getRow(i) != null ? lists.getRow(i) : lists.createRow(i);
            row.createCell(listColumn).setCellValue(values.get(i));
        }
        Name name = workbook.createName();
        name.setNameName("list_" + listColumn);
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(listColumn);
        name.setRefersToFormula("lists!$" + letter + "$1:$" + letter + "$" + Math.max(1, values.size()));
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createFormulaListConstraint("list_" + listColumn);
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(headerRow + 1, headerRow + VALIDATED_ROWS, column, column));
        validation.setShowErrorBox(false);
        sheet.addValidationData(validation);
        return this;
    }

    /** A data row: text, amounts (kept to the fen), dates, whole numbers, yes/no, or empty. */
    public SheetWriter row(List<?> values) {
        return row(values, null);
    }

    /** A data row highlighted, with {@code note} in the column after the last value (the error copy). */
    public SheetWriter row(List<?> values, String note) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.size(); i++) {
            write(row.createCell(i), values.get(i));
            if (note != null) {
                row.getCell(i).setCellStyle(highlightStyle);
            }
        }
        if (note != null) {
            Cell cell = row.createCell(values.size());
            cell.setCellValue(neutralise(note));
            cell.setCellStyle(highlightStyle);
        }
        return this;
    }

    private void write(Cell cell, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal amount) {
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(amountStyle);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Integer || value instanceof Long) {
            cell.setCellValue(((Number) value).doubleValue());
        } else if (value instanceof Boolean yes) {
            cell.setCellValue(yes);
        } else {
            cell.setCellValue(neutralise(value.toString()));
            cell.setCellStyle(textStyle);
        }
    }

    /**
     * Text that starts like a formula (= + - @, or a tab or carriage return before one) gets a
     * leading apostrophe, so that no spreadsheet runs it (OWASP: CSV / formula injection).
     */
    public static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static int displayWidth(String text) {
        return text.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
    }

    @Override
    public void close() {
        try {
            workbook.write(out);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are gone with dispose below
            }
            workbook.dispose();
        }
    }
}
