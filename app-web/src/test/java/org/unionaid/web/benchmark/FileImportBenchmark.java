package org.unionaid.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionaid.domain.hardship.FileImport;
import org.unionaid.reporting.sheet.SheetReader;
import org.unionaid.web.hardship.FileImportBench;
import org.unionaid.web.hardship.FileSheet;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Import of 10,000 and 100,000 rows with full validation against the baseline of only parsing the
 * same sheet and COPYing its cells into a scratch table, in the same run; prints time and peak heap.
 * Not part of the build: {@code benchmarks/file-import/run.sh} runs it (with -Xmx512m).
 */
@Tag("benchmark")
@WebIntegrationTest
class FileImportBenchmark {

    private static final String UNION = "杭州西湖龙井茶业有限公司工会";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    @Autowired
    FileImport fileImport;

    @Autowired
    FileSheet fileSheet;

    private FileImportBench bench;

    @Autowired
    DemoUsers demo;

    @Autowired
    DataSource dataSource;

    private static int personCounter;

    /** Distinct valid ID numbers (区划 330108, none in the demo data): consecutive birth days and serials. */
    private static String nextId() {
        int k = personCounter++;
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(k / 900);
        String body = "330108" + birth.toString().replace("-", "") + String.format("%03d", k % 900 + 100);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static Path sheet(int rows) throws Exception {
        Path file = Files.createTempFile("import-bench", ".xlsx");
        List<String> header = List.of("所在基层工会", "职工姓名", "身份证号码", "申请日期", "致困原因", "主要致困原因", "帮扶需求", "档案级别",
                "家庭年可支配收入", "成员1姓名", "成员1关系", "成员1身份证号码");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("档案");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                String[] values = {UNION, "职工" + r, nextId(), "2026-03-05", "本人患重病、子女就学", "本人患重病", "医疗、助学", "基层",
                        String.valueOf(12000 + r % 5000), "家属" + r, "配偶", nextId()};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        return file;
    }

    /** Each size is measured on three fresh sheets (new people each time); medians are reported. */
    private static final int RUNS = 3;

    @Test
    void importTenThousandAndOneHundredThousandRows() throws Exception {
        bench = new FileImportBench(fileImport, fileSheet);
        // -Dimport.rows=20000 runs one size, e.g. under a profiler.
        String only = System.getProperty("import.rows");
        int[] sizes = only == null ? new int[] {10_000, 100_000} : new int[] {Integer.parseInt(only)};
        for (int rows : sizes) {
            long[] baselines = new long[RUNS];
            long[] imports = new long[RUNS];
            long peak = 0;
            long sheetSize = 0;
            for (int run = 0; run < RUNS; run++) {
                Path file = sheet(rows);
                sheetSize = Files.size(file);
                System.gc();
                baselines[run] = baseline(file);
                System.gc();
                resetPeaks();
                long started = System.nanoTime();
                int opened = bench.commit(demo.actor("clerk"), file);
                imports[run] = System.nanoTime() - started;
                peak = Math.max(peak, peakHeap());
                assertThat(opened).isEqualTo(rows);
                Files.delete(file);
            }
            long baseline = Runs.median(baselines);
            long imported = Runs.median(imports);
            System.out.printf("IMPORT %,d rows (%,d KB sheet), median of %d: parse+COPY %.2f s [%.2f–%.2f]; "
                    + "validated import %.2f s [%.2f–%.2f]; %.2f× the baseline; peak heap %d MB%n", rows,
                    sheetSize / 1024, RUNS, baseline / 1e9, Runs.min(baselines) / 1e9, Runs.max(baselines) / 1e9,
                    imported / 1e9, Runs.min(imports) / 1e9, Runs.max(imports) / 1e9, (double) imported / baseline,
                    peak / (1024 * 1024));
        }
    }

    /** Only parsing the sheet and COPYing its cells, as text, into a scratch table. */
    private long baseline(Path file) throws Exception {
        long started = System.nanoTime();
        StringBuilder csv = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); InputStream in = Files.newInputStream(file)) {
            connection.createStatement().execute("create temporary table if not exists import_scratch "
                    + "(c1 text, c2 text, c3 text, c4 text, c5 text, c6 text, c7 text, c8 text, c9 text, c10 text, "
                    + "c11 text, c12 text)");
            new SheetReader(bench.columns()).read(in, row -> {
                List<String> values = row.rawValues();
                for (int i = 0; i < 12; i++) {
                    if (i > 0) {
                        csv.append(',');
                    }
                    String value = i < values.size() && values.get(i) != null ? values.get(i) : "";
                    csv.append('"').append(value.replace("\"", "\"\"")).append('"');
                }
                csv.append('\n');
            });
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy import_scratch from stdin (format csv)", new StringReader(csv.toString()));
            connection.createStatement().execute("drop table import_scratch");
        }
        return System.nanoTime() - started;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the peak heap in use. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
