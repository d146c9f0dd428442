package org.unionaid.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.security.Role;
import org.unionaid.web.security.AuthorisationMatrixTest;
import org.unionaid.web.support.AccessTable;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.Endpoints;
import org.unionaid.web.support.Endpoints.Endpoint;
import org.unionaid.web.support.MatrixWorld;
import org.unionaid.web.support.MatrixWorld.Relation;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Every page and export of the application — every GET endpoint of the authorisation table, each file tab, as a
 * user who may see it without the reveal permission, and as one who holds it — is read as text (HTML, PDF, Excel
 * with its date cells, CSV); wherever a masked ID number appears, the birth date its hidden digits are (of the
 * worker or the household member it masks, in any usual form) must not. Specifies R-PRIV-01 (docs/rules.md).
 */
@WebIntegrationTest
class MaskedPagesTest {

    private static final Pattern MASK = Pattern.compile("\\d{6}\\*{8}\\d{3}[\\dX]");
    private static final List<String> TABS = List.of("basic", "household", "hardship", "bank", "documents", "plan",
            "income", "payments", "history");
    private static final List<DateTimeFormatter> FORMS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.BASIC_ISO_DATE, DateTimeFormatter.ofPattern("yyyy/MM/dd"),
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.MM.dd"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"), DateTimeFormatter.ofPattern("yyyy年MM月dd日"));

    @Autowired
    MockMvc mvc;

    @Autowired
    Endpoints endpoints;

    @Autowired
    MatrixWorld worlds;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataProtector protector;

    // R-PRIV-01
    @Test
    void noPageOrExportThatShowsAMaskedNumberShowsTheBirthDateItHides() throws Exception {
        MatrixWorld.World world = worlds.world();
        Map<String, AccessTable.Row> table = AccessTable.parse(AuthorisationMatrixTest.TABLE);
        Map<String, Set<LocalDate>> births = birthDatesByMask();
        Set<String> showingMasks = new TreeSet<>();
        List<String> leaks = new ArrayList<>();
        for (Endpoint endpoint : endpoints.all()) {
            AccessTable.Row row = table.get(endpoint.key());
            if (!endpoint.isGet() || row == null) {
                continue;
            }
            Relation relation = row.target().relations().contains(Relation.OWN) ? Relation.OWN : null;
            for (Role role : readers(row, relation)) {
                String login = AccessTable.login(world, row.target(), role, relation);
                for (String tab : endpoint.key().equals("GET /files/{id}") ? TABS : List.of("")) {
                    AbstractMockHttpServletRequestBuilder<?> request = endpoints.request(endpoint,
                            row.target().variables(world), name -> null, null).with(demo.as(login));
                    if (!tab.isEmpty()) {
                        request.param("tab", tab);
                    }
                    String text = textOf(mvc.perform(request).andReturn().getResponse());
                    String page = endpoint.key() + (tab.isEmpty() ? "" : "?tab=" + tab);
                    Matcher masks = MASK.matcher(text);
                    while (masks.find()) {
                        showingMasks.add(page);
                        for (LocalDate birth : births.getOrDefault(masks.group(), Set.of())) {
                            FORMS.stream().map(birth::format).filter(text::contains).forEach(form -> leaks.add(
                                    page + " as " + role + ": " + masks.group() + " beside " + form));
                        }
                    }
                }
            }
        }
        assertThat(leaks).as("full birth dates beside masked numbers").isEmpty();
        assertThat(showingMasks).as("the pages and exports that show masked numbers were all read").contains(
                "GET /files", "GET /files/{id}?tab=basic", "GET /files/{id}?tab=household", "GET /files/export",
                "GET /notices/{id}", "GET /notices/{id}/pdf", "GET /batches/{id}/roster.pdf",
                "GET /batches/{id}/roster.xlsx", "GET /trace/lines/{id}");
    }

    /** Who reads the page: a role it is granted to without the reveal permission, and the reveal permission. */
    private static List<Role> readers(AccessTable.Row row, Relation relation) {
        List<Role> readers = new ArrayList<>();
        for (Role role : Role.values()) {
            boolean granted = row.expected(role, relation) == AccessTable.Outcome.ALLOWED;
            if (granted && (readers.isEmpty() || role == Role.PERSONAL_DATA_REVEAL)) {
                readers.add(role);
            }
        }
        return readers;
    }

    /** Every masked number of the database and the birth dates it may hide: workers', members' and named recipients'. */
    private Map<String, Set<LocalDate>> birthDatesByMask() {
        Map<String, Set<LocalDate>> births = new HashMap<>();
        jdbc.sql("select worker_id_masked, birth_date from hardship_file").query().listOfRows().forEach(row ->
                births.computeIfAbsent((String) row.get("worker_id_masked"), mask -> new HashSet<>())
                        .add(((java.sql.Date) row.get("birth_date")).toLocalDate()));
        // household members, and the named recipients of issue 17 (劳模, 一线职工…), sealed the same way
        jdbc.sql("""
                select id_masked, id_sealed from household_member
                union all select id_masked, id_sealed from named_recipient""").query().listOfRows().forEach(row -> {
            try {
                String id = protector.open(PersonalDataProtector.Purpose.RESIDENT_ID, (byte[]) row.get("id_sealed"));
                births.computeIfAbsent((String) row.get("id_masked"), mask -> new HashSet<>())
                        .add(LocalDate.parse(id.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE));
            } catch (RuntimeException notSealedByThisKey) {
                // written straight into the table by a test, with no number in it
            }
        });
        return births;
    }

    /** What a response says, as a reader would see it: PDF text, every cell of a workbook (dates as dates), or text. */
    private static String textOf(MockHttpServletResponse response) throws Exception {
        String type = String.valueOf(response.getContentType());
        byte[] bytes = response.getContentAsByteArray();
        if (type.contains("pdf")) {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            } catch (java.io.IOException notAWholePdf) {
                // an uploaded scan or document of the fixtures: its bytes are what it says
                return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        if (type.contains("spreadsheetml")) {
            StringBuilder text = new StringBuilder();
            DataFormatter formatter = new DataFormatter();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            text.append(formatter.formatCellValue(cell)).append('\t');
                            if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                                text.append(cell.getLocalDateTimeCellValue().toLocalDate()).append('\t');
                            }
                        }
                        text.append('\n');
                    }
                }
            }
            return text.toString();
        }
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
