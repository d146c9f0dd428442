package org.unionaid.reporting.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.unionaid.reporting.table.CellKind;
import org.unionaid.reporting.table.Column;
import org.unionaid.reporting.table.Section;
import org.unionaid.reporting.table.TableDefinition;

/**
 * A statistics table in the official layout: title, reporting union and period, each section with its
 * merged headers and units, the figures as numbers (so that a higher union can add them up), "/" where
 * the form has no cell, manual figures carrying their note as a comment, and the signature lines
 * 单位负责人, 填表人, 填报日期. The text is the form's own, in Chinese whatever the screen language.
 */
public final class StatisticsWorkbook {

    /** Amounts in 元 (to the fen) or in 万元 (the same figure, decimal point moved; nothing rounded away). */
    public enum AmountUnit {
        YUAN("元", 0, "#,##0.00"),
        WAN("万元", 4, "#,##0.000000");

        private final String label;
        private final int shift;
        private final String format;

        AmountUnit(String label, int shift, String format) {
            this.label = label;
            this.shift = shift;
            this.format = format;
        }

        public String label() {
            return label;
        }

        public BigDecimal convert(BigDecimal yuan) {
            return yuan.movePointLeft(shift);
        }
    }

    private static final DateTimeFormatter SUBMITTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final int FIRST_COLUMN_WIDTH = 34;
    private static final int COLUMN_WIDTH = 14;

    private StatisticsWorkbook() {
    }

    /**
     * Writes the table. {@code version} names the submitted version shown (with its hash) or is null
     * for live draft figures.
     */
    public static void write(ReportTable table, ReportVersion version, AmountUnit unit, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new Layout(workbook, table, version, unit).write();
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the statistics workbook", e);
        }
    }

    /** The sheet being laid out, row by row. */
    private static final class Layout {

        private final ReportTable table;
        private final ReportVersion version;
        private final AmountUnit unit;
        private final Sheet sheet;
        private final Drawing<?> drawing;
        private final CellStyle titleStyle;
        private final CellStyle sectionStyle;
        private final CellStyle headerStyle;
        private final CellStyle labelStyle;
        private final CellStyle countStyle;
        private final CellStyle amountStyle;
        private final CellStyle noCellStyle;
        private final int width;
        private int next;

        Layout(XSSFWorkbook workbook, ReportTable table, ReportVersion version, AmountUnit unit) {
            this.table = table;
            this.version = version;
            this.unit = unit;
            this.sheet = workbook.createSheet(table.definition().title());
            this.drawing = sheet.createDrawingPatriarch();
            this.width = 1 + table.definition().sections().stream().mapToInt(s -> s.columns().size()).max().orElse(1);
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            titleStyle = workbook.createCellStyle();
            titleStyle.setFont(big);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            sectionStyle = workbook.createCellStyle();
            sectionStyle.setFont(bold);
            headerStyle = bordered(workbook);
            headerStyle.setFont(bold);
            headerStyle.setAlignment(HorizontalAlignment.CENTER);
            headerStyle.setVerticalAlignment(VerticalAlignment.CENTER);
            headerStyle.setWrapText(true);
            labelStyle = bordered(workbook);
            countStyle = bordered(workbook);
            countStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            amountStyle = bordered(workbook);
            amountStyle.setDataFormat(workbook.createDataFormat().getFormat(unit.format));
            noCellStyle = bordered(workbook);
            noCellStyle.setAlignment(HorizontalAlignment.CENTER);
        }

        void write() {
            sheet.setColumnWidth(0, FIRST_COLUMN_WIDTH * 256);
            for (int c = 1; c < width; c++) {
                sheet.setColumnWidth(c, COLUMN_WIDTH * 256);
            }
            Cell title = row().createCell(0);
            title.setCellValue(table.definition().title());
            title.setCellStyle(titleStyle);
            merge(next - 1, next - 1, 0, width - 1);
            Row heading = row();
            heading.createCell(0).setCellValue("填报单位：" + table.union().getName() + "（盖章）");
            heading.createCell(Math.max(1, width - 3)).setCellValue("统计期间：" + table.period().startsOn() + " 至 "
                    + table.period().endsOn());
            Row period = row();
            period.createCell(0).setCellValue("报表期：" + table.period().name());
            period.createCell(Math.max(1, width - 3)).setCellValue("金额单位：" + unit.label());
            for (Section section : table.definition().sections()) {
                section(section);
            }
            next++;
            row().createCell(0).setCellValue("注：带批注的数值为手工填报项，批注为数据来源说明；“/”表示本表不填该项。");
            if (version != null) {
                row().createCell(0).setCellValue("上报版本：第 " + version.number() + " 版，上报时间 "
                        + SUBMITTED_AT.format(version.submittedAt()) + "，校验值 SHA-256 " + version.sha256());
            } else {
                row().createCell(0).setCellValue("草稿：实时数据，尚未上报。");
            }
            next++;
            Row signatures = row();
            signatures.createCell(0).setCellValue("单位负责人：");
            signatures.createCell(Math.min(2, width - 1)).setCellValue("填表人：");
            signatures.createCell(Math.max(1, width - 2)).setCellValue("填报日期：");
        }

        private void section(Section section) {
            next++;
            Cell title = row().createCell(0);
            title.setCellValue(section.title());
            title.setCellStyle(sectionStyle);
            header(section);
            for (org.unionaid.reporting.table.Row formRow : section.rows()) {
                Row row = row();
                Cell label = row.createCell(0);
                label.setCellValue(formRow.label());
                label.setCellStyle(labelStyle);
                for (int c = 0; c < section.columns().size(); c++) {
                    Column column = section.columns().get(c);
                    Cell cell = row.createCell(c + 1);
                    if (!formRow.cells().containsKey(column.key())) {
                        cell.setCellValue("/");
                        cell.setCellStyle(noCellStyle);
                        continue;
                    }
                    ReportCell figure = table.cell(TableDefinition.key(section, formRow, column.key()));
                    BigDecimal value = figure == null ? BigDecimal.ZERO : figure.total();
                    boolean amount = column.kind() == CellKind.AMOUNT;
                    cell.setCellValue((amount ? unit.convert(value) : value).doubleValue());
                    cell.setCellStyle(amount ? amountStyle : countStyle);
                    if (figure != null && figure.manual()) {
                        comment(cell, figure.note() == null ? "手工填报" : "手工填报：" + figure.note());
                    }
                }
            }
        }

        /** One header row, or two when columns share merged group headers (项目 then spans both). */
        private void header(Section section) {
            boolean grouped = section.hasGroups();
            Row top = row();
            Row bottom = grouped ? row() : top;
            headerCell(top, 0, "项目");
            if (grouped) {
                headerCell(bottom, 0, "");
                merge(top.getRowNum(), bottom.getRowNum(), 0, 0);
            }
            int column = 1;
            for (Section.Span span : section.spans()) {
                if (span.group() == null) {
                    headerCell(top, column, caption(span.columns().get(0)));
                    if (grouped) {
                        headerCell(bottom, column, "");
                        merge(top.getRowNum(), bottom.getRowNum(), column, column);
                    }
                    column++;
                    continue;
                }
                int first = column;
                for (Column member : span.columns()) {
                    headerCell(top, column, column == first ? span.group() : "");
                    headerCell(bottom, column, caption(member));
                    column++;
                }
                if (column - 1 > first) {
                    merge(top.getRowNum(), top.getRowNum(), first, column - 1);
                }
            }
        }

        private String caption(Column column) {
            return column.label() + "（" + unitOf(column) + "）";
        }

        private String unitOf(Column column) {
            return column.kind() == CellKind.AMOUNT ? unit.label() : column.unit();
        }

        private void headerCell(Row row, int column, String text) {
            Cell cell = row.createCell(column);
            cell.setCellValue(text);
            cell.setCellStyle(headerStyle);
        }

        private void comment(Cell cell, String text) {
            ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
            anchor.setCol1(cell.getColumnIndex() + 1);
            anchor.setCol2(cell.getColumnIndex() + 4);
            anchor.setRow1(cell.getRowIndex());
            anchor.setRow2(cell.getRowIndex() + 3);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(text));
            cell.setCellComment(comment);
        }

        private void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
            CellRangeAddress range = new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn);
            sheet.addMergedRegion(range);
            if (firstRow != 0) {
                RegionUtil.setBorderTop(BorderStyle.THIN, range, sheet);
                RegionUtil.setBorderBottom(BorderStyle.THIN, range, sheet);
                RegionUtil.setBorderLeft(BorderStyle.THIN, range, sheet);
                RegionUtil.setBorderRight(BorderStyle.THIN, range, sheet);
            }
        }

        private Row row() {
            return sheet.createRow(next++);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
