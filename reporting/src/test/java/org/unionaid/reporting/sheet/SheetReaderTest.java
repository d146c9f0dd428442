package org.unionaid.reporting.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetReaderTest {

    private static final List<SheetColumn> COLUMNS = List.of(
            new SheetColumn("name", List.of("职工姓名", "姓名"), true),
            new SheetColumn("id", List.of("身份证号码", "身份证号"), true),
            new SheetColumn("income", List.of("家庭年收入"), false),
            new SheetColumn("applied", List.of("申请日期"), false));

    /** A workbook built cell by cell: strings as text, numbers as numbers, dates date-formatted. */
    private static byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("档案");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            if (rows.length > 0 && rows[0].length == 1) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<SheetRow> read(byte[] sheet) throws SheetRejectedException {
        List<SheetRow> rows = new ArrayList<>();
        new SheetReader(COLUMNS).read(new ByteArrayInputStream(sheet), rows::add);
        return rows;
    }

    @Test
    void findsTheHeaderBelowAMergedTitleInAnyColumnOrderAndSkipsBlankRows() throws Exception {
        byte[] sheet = workbook(
                new Object[] {"2026年困难职工建档花名册"},
                new Object[] {"填报单位：西湖区总工会", null, null, null},
                new Object[] {"备注", "身份证号 ", "　职工姓名*", "家庭年收入"},
                new Object[] {null, "330106199001011234", "王建华", 12000},
                new Object[] {null, null, null, null},
                new Object[] {"", "330106199202022345", " 李秀英 ", "8,000"});
        List<SheetRow> rows = new ArrayList<>();
        SheetLayout layout = new SheetReader(COLUMNS).read(new ByteArrayInputStream(sheet), rows::add);

        assertThat(layout.headerRow()).isEqualTo(3);
        assertThat(layout.unknownHeaders()).containsExactly("备注");
        assertThat(layout.dataRows()).isEqualTo(2);
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(4, 6);
        assertThat(rows.get(0).cell("name").text()).isEqualTo("王建华");
        assertThat(rows.get(1).cell("name").text()).isEqualTo("李秀英");
        assertThat(rows.get(0).cell("income").text()).isEqualTo("12000");
        assertThat(rows.get(0).cell("income").storedAsNumber()).isTrue();
        assertThat(rows.get(1).cell("applied").blank()).isTrue();
    }

    @Test
    void fullWidthCharactersAndIdeographicSpacesAreNormalised() throws Exception {
        List<SheetRow> rows = read(workbook(
                new Object[] {"职工姓名", "身份证号码"},
                new Object[] {"　王建华\u00a0", "３３０１０６１９９００１０１１２３ｘ"}));

        assertThat(rows.get(0).cell("name").text()).isEqualTo("王建华");
        assertThat(rows.get(0).cell("id").text()).isEqualTo("33010619900101123x");
        assertThat(rows.get(0).cell("id").storedAsNumber()).isFalse();
    }

    @Test
    void anIdNumberStoredAsANumberIsGivenInFullDigitsAndFlagged() throws Exception {
        List<SheetRow> rows = read(workbook(
                new Object[] {"职工姓名", "身份证号码"},
                new Object[] {"王建华", 330106199001011234d},
                new Object[] {"李秀英", "3.30106199202022E+17"}));

        SheetCell number = rows.get(0).cell("id");
        assertThat(number.storedAsNumber()).isTrue();
        assertThat(number.text()).doesNotContain("E").hasSize(18).startsWith("3301061990010112");
        assertThat(rows.get(1).cell("id").storedAsNumber()).isFalse();
        assertThat(rows.get(1).cell("id").text()).isEqualTo("3.30106199202022E+17");
    }

    @Test
    void datesAreReadFromDateCellsTextAndExcelSerials() throws Exception {
        List<SheetRow> rows = read(workbook(
                new Object[] {"职工姓名", "身份证号码", "申请日期"},
                new Object[] {"甲", "1", LocalDate.of(2026, 3, 5)},
                new Object[] {"乙", "2", "2026/3/5"},
                new Object[] {"丙", "3", "2026年3月5日"},
                new Object[] {"丁", "4", 46086},
                new Object[] {"戊", "5", "2026-02-30"}));

        assertThat(rows.get(0).cell("applied").date()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(rows.subList(0, 4)).allSatisfy(row ->
                assertThat(row.cell("applied").asDate()).contains(LocalDate.of(2026, 3, 5)));
        assertThat(rows.get(4).cell("applied").asDate()).isEmpty();
        assertThat(SheetCell.parseDate("20260305")).contains(LocalDate.of(2026, 3, 5));
        assertThat(SheetCell.parseDate("2026.3.5")).contains(LocalDate.of(2026, 3, 5));
    }

    @Test
    void aSheetWithoutTheRequiredHeadersIsRefusedNamingWhatIsMissing() throws Exception {
        byte[] sheet = workbook(new Object[] {"姓名", "电话"}, new Object[] {"王建华", "13812345678"});

        assertThatThrownBy(() -> read(sheet)).isInstanceOfSatisfying(SheetRejectedException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("sheet.header.notFound");
            assertThat(e.args()).containsExactly("身份证号码");
        });
    }

    @Test
    void somethingThatIsNotExcelOrIsTheLegacyFormatIsRefusedWithTheReason() {
        byte[] pdf = "%PDF-1.7 not a sheet".getBytes(StandardCharsets.US_ASCII);
        byte[] xls = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, xls, 0, 8);
        byte[] text = "职工姓名,身份证号码\n王建华,330106199001011234\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(pdf)).isInstanceOfSatisfying(SheetRejectedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("sheet.notExcel"));
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(SheetRejectedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("sheet.notExcel"));
        assertThatThrownBy(() -> read(xls)).isInstanceOfSatisfying(SheetRejectedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("sheet.legacyXls"));
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(SheetRejectedException.class);
    }

    @Test
    void aZipBombIsRefusedWithoutInflatingIt() throws Exception {
        byte[] genuine = workbook(new Object[] {"职工姓名", "身份证号码"}, new Object[] {"王建华", "1"});
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(genuine));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    // 400 MB of spaces inside the sheet XML compress to well under 1 MB.
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    byte[] sheet = in.readAllBytes();
                    String xml = new String(sheet, StandardCharsets.UTF_8);
                    int split = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, split).getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < 400; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(split).getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertThat(bomb.size()).isLessThan(2 * 1024 * 1024);

        assertThatThrownBy(() -> read(bomb.toByteArray())).isInstanceOfSatisfying(SheetRejectedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("sheet.tooLarge"));
    }

    @Test
    void moreRowsThanTheLimitAreRefused() throws Exception {
        byte[] sheet = workbook(new Object[] {"职工姓名", "身份证号码"}, new Object[] {"甲", "1"},
                new Object[] {"乙", "2"}, new Object[] {"丙", "3"});

        assertThatThrownBy(() -> new SheetReader(COLUMNS, 2).read(new ByteArrayInputStream(sheet), row -> { }))
                .isInstanceOfSatisfying(SheetRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("sheet.tooManyRows");
                    assertThat(e.args()).containsExactly(2);
                });
    }

    @Test
    void twentyThousandStreamedRowsAreReadBackInOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("职工姓名");
            header.createCell(1).setCellValue("身份证号码");
            for (int i = 1; i <= 20_000; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("职工" + i);
                row.createCell(1).setCellValue(String.format("%018d", i));
            }
            workbook.write(out);
            workbook.dispose();
        }
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            new SheetReader(COLUMNS).read(in, row -> names.add(row.cell("name").text()));
        }

        assertThat(names).hasSize(20_000).startsWith("职工1", "职工2").endsWith("职工20000");
    }

    @Test
    void theWriterRoundTripsAndNeutralisesFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter writer = SheetWriter.create(out, "档案")) {
            writer.title("困难职工档案", 4).header(List.of("职工姓名", "身份证号码", "家庭年收入", "申请日期"), Set.of(0, 1))
                    .textColumn(1).dropDown(0, List.of("王建华", "李秀英"))
                    .row(List.of("=HYPERLINK(\"http://evil\")", "330106199001011234", new BigDecimal("2000.00"),
                            LocalDate.of(2026, 3, 5)))
                    .row(Arrays.asList("@SUM(A1)", "-1+1", null, null), "第 3 行：身份证号码校验位不正确");
        }
        List<SheetRow> rows = read(out.toByteArray());

        // Written with the guard, read back without it: a corrected copy can be uploaded again.
        assertThat(rows.get(0).cell("name").text()).isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(rows.get(0).cell("income").text()).isEqualTo("2000");
        assertThat(new BigDecimal(rows.get(0).cell("income").text())).isEqualByComparingTo("2000.00");
        assertThat(rows.get(0).cell("applied").date()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(rows.get(1).cell("id").text()).isEqualTo("-1+1");
        assertThat(rows.get(1).rawValues()).last().isEqualTo("第 3 行：身份证号码校验位不正确");
        try (XSSFWorkbook written = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = written.getSheetAt(0);
            assertThat(sheet.getDataValidations()).hasSize(1);
            assertThat(written.isSheetHidden(written.getSheetIndex("lists"))).isTrue();
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
            sheet.forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA)));
        }
    }
}
