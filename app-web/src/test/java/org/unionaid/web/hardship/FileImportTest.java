package org.unionaid.web.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileSnapshot;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.hardship.Relation;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.security.Role;
import org.unionaid.reporting.sheet.SheetReader;
import org.unionaid.reporting.sheet.SheetRow;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.TestSheets;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Imports commit for real (one transaction each, as a request does): the people in them are fresh
 * {@link TestIds}, and every test names its workers uniquely.
 */
@WebIntegrationTest
class FileImportTest {

    private static final String UNION = "杭州西湖龙井茶业有限公司工会";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    FileSheet fileSheet;

    @Autowired
    FileRegistration registration;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataProtector protector;

    private static final List<String> HEADER = List.of("职工姓名", "身份证号码*", "所在基层工会", "致困原因", "主要致困原因",
            "帮扶需求", "档案级别", "申请日期", "家庭年可支配收入", "成员1姓名", "成员1关系", "成员1身份证号码", "备注");

    private static List<Object> row(String name, Object id, String union, Object appliedOn, Object memberId) {
        List<Object> row = new ArrayList<>(List.of(name, id, union, "本人患重病、子女就学", "本人患重病", "医疗，助学", "基层"));
        row.add(appliedOn);
        row.add("１２０００");
        row.add(memberId == null ? null : "家属" + name);
        row.add(memberId == null ? null : "配偶");
        row.add(memberId);
        row.add("内部备注");
        return row;
    }

    /** Uploads as the clerk and follows the redirect to the upload's report (or the refusal). */
    private MvcResult upload(byte[] content, String filename) throws Exception {
        MvcResult posted = mvc.perform(multipart("/files/import").file(new MockMultipartFile("sheet", filename,
                "application/octet-stream", content)).with(demo.as("clerk")).with(csrf())).andReturn();
        String report = posted.getResponse().getRedirectedUrl();
        return report == null ? posted : mvc.perform(get(report).with(demo.as("clerk"))).andReturn();
    }

    private long uploadId(MvcResult report) {
        String path = report.getRequest().getRequestURI();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private long filesNamed(String name) {
        return jdbc.sql("select count(*) from hardship_file where worker_name = :name").param("name", name)
                .query(Long.class).single();
    }

    @Test
    void messyButValidRowsAreCheckedThenCommittedTogetherAndOnlyOnce() throws Exception {
        String first = TestIds.next();
        String second = TestIds.next();
        String fullWidth = second.substring(0, 17).chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .reduce("", String::concat) + second.charAt(17);
        String withLowerX = first.replace('X', 'x');
        byte[] content = TestSheets.sheet(HEADER, List.of(
                row("  导入甲 ", withLowerX, UNION, LocalDate.of(2026, 3, 5), TestIds.next()),
                List.of(),
                row("导入乙", fullWidth, "ZJ-HZ-XH-LJ", "2026年3月6日", null),
                row("导入丙", TestIds.next(), UNION, 46087, null)));

        MvcResult checked = upload(content, "西湖区花名册.xlsx");
        assertThat(checked.getResponse().getContentAsString())
                .contains("全部 3 行检查无误").contains("以下列不在模板中，已忽略：备注");
        long id = uploadId(checked);

        mvc.perform(post("/files/import/{id}/commit", id).with(demo.as("clerk")).with(csrf()))
                .andExpect(redirectedUrl("/files"))
                .andExpect(flash().attribute("success", "file.import.committed"));
        assertThat(filesNamed("导入甲") + filesNamed("导入乙") + filesNamed("导入丙")).isEqualTo(3);
        Map<String, Object> imported = jdbc.sql("""
                select f.status, f.applied_on, h.action, h.reason from hardship_file f
                  join file_history h on h.file_id = f.id
                 where f.worker_name = '导入乙'""").query().singleRow();
        assertThat(imported).containsEntry("status", "DRAFT").containsEntry("action", "IMPORTED")
                .containsEntry("applied_on", java.sql.Date.valueOf("2026-03-06"))
                .containsEntry("reason", "西湖区花名册.xlsx #5");
        assertThat(demo.lastAuditDetail("clerk", "FILE_IMPORT")).startsWith("3 files from");

        // Imported files are written with COPY: read back through JPA they are whole.
        long fileId = jdbc.sql("select id from hardship_file where worker_name = '导入甲'").query(Long.class).single();
        HardshipFile file = registration.view(demo.actor("clerk"), fileId);
        assertThat(file.getWorkerId().reveal(protector)).isEqualTo(first.toUpperCase());
        assertThat(file.getMembers()).singleElement().satisfies(member -> {
            assertThat(member.getName()).isEqualTo("家属  导入甲");
            assertThat(member.getRelation()).isEqualTo(Relation.SPOUSE);
        });
        assertThat(file.hardship()).hasValueSatisfying(hardship -> {
            assertThat(hardship.causes()).containsExactlyInAnyOrder(HardshipCause.SERIOUS_ILLNESS_SELF,
                    HardshipCause.CHILDREN_SCHOOLING);
            assertThat(hardship.needs()).containsExactlyInAnyOrder(Need.MEDICAL, Need.EDUCATION);
        });
        assertThat(file.finances().yearlyIncome()).isEqualTo(Money.yuan("12000"));
        assertThat(file.getSuggestedCategory()).isNotNull();
        assertThat(file.getAppliedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(FileSnapshot.of(file)).containsEntry("workerName", "导入甲").containsKey("member.1.idNumber");

        mvc.perform(post("/files/import/{id}/commit", id).with(demo.as("clerk")).with(csrf()))
                .andExpect(flash().attribute("error", "file.import.alreadyCommitted"));
        assertThat(filesNamed("导入甲")).isEqualTo(1);
    }

    @Test
    void everyProblemIsReportedByRowAndColumnAndNothingIsImported() throws Exception {
        String twice = TestIds.next();
        String elsewhere = TestIds.next();
        registration.open(demo.actor("admin", Role.CLERK), new FileEntry(demo.organisationId("ZJ-NB-YZ-KD"), "别处",
                elsewhere, List.of()));
        String valid = TestIds.next();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        byte[] content = TestSheets.sheet(HEADER, List.of(
                row("问题行甲", 330106199001011234d, UNION, null, null),
                row("问题行乙", wrongCheck, UNION, null, null),
                row("问题行丙", TestIds.next(), "没有这个工会", null, null),
                row("问题行丁", TestIds.next(), UNION, "2026-02-30", null),
                row("问题行戊", twice, UNION, null, null),
                row("问题行己", TestIds.next(), UNION, null, twice),
                row("问题行庚", elsewhere, UNION, null, null),
                row("问题行辛", TestIds.next(), UNION, null, null)));

        MvcResult checked = upload(content, "有问题.xlsx");
        String html = checked.getResponse().getContentAsString();
        assertThat(html).contains("6 行有问题")
                .contains("身份证号码被 Excel 存成了数字")
                .contains("校验")
                .contains("找不到基层工会")
                .contains("无法识别的日期")
                .contains("此人已出现在本表第 7 行")
                .contains("鄞州区快递行业联合工会")
                .doesNotContain(elsewhere).doesNotContain(twice);
        long id = uploadId(checked);

        // R-PRIV-02: a refused upload is erased as soon as its report is made; only the report remains.
        mvc.perform(post("/files/import/{id}/commit", id).with(demo.as("clerk")).with(csrf()))
                .andExpect(flash().attribute("error", "file.import.erased"));
        assertThat(filesNamed("问题行辛")).isZero();
        assertThat(mvc.perform(get("/files/import/{id}", id).with(demo.as("clerk"))).andReturn().getResponse()
                .getContentAsString()).contains("6 行有问题").contains("已按个人信息保护的要求删除")
                .contains("找不到基层工会").doesNotContain(elsewhere);

        MvcResult copy = mvc.perform(get("/files/import/{id}/errors", id).with(demo.as("clerk")))
                .andExpect(status().isOk()).andReturn();
        List<SheetRow> rows = new ArrayList<>();
        new SheetReader(List.of(new org.unionaid.reporting.sheet.SheetColumn("row", List.of("行号"), true),
                new org.unionaid.reporting.sheet.SheetColumn("column", List.of("列"), true),
                new org.unionaid.reporting.sheet.SheetColumn("note", List.of("错误说明"), true)))
                .read(new ByteArrayInputStream(copy.getResponse().getContentAsByteArray()), rows::add);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(6);
        assertThat(rows.get(0).cell("row").text()).isEqualTo("3");
        assertThat(rows.get(0).cell("column").text()).startsWith("身份证号码");
        assertThat(rows.get(0).cell("note").text()).contains("身份证号码");
        assertThat(rows).noneSatisfy(row -> assertThat(row.cell("row").text()).isEqualTo("10"));
    }

    @Test
    void aPersonFiledElsewhereBetweenCheckAndCommitUndoesTheWholeImport() throws Exception {
        String late = TestIds.next();
        MvcResult checked = upload(TestSheets.sheet(HEADER, List.of(row("抢先甲", TestIds.next(), UNION, null, null),
                row("抢先乙", late, UNION, null, null))), "抢先.xlsx");
        assertThat(checked.getResponse().getContentAsString()).contains("全部 2 行检查无误");
        registration.open(demo.actor("admin", Role.CLERK), new FileEntry(demo.organisationId("ZJ-NB-YZ-KD"), "抢先",
                late, List.of()));

        mvc.perform(post("/files/import/{id}/commit", uploadId(checked)).with(demo.as("clerk")).with(csrf()))
                .andExpect(flash().attribute("error", "file.import.changedSinceCheck"));
        assertThat(filesNamed("抢先甲") + filesNamed("抢先乙")).isZero();
    }

    @Test
    void aLegacyXlsOrSomethingElseEntirelyIsRefusedWithTheReason() throws Exception {
        byte[] xls = new byte[1024];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, xls, 0, 8);
        assertThat(upload(xls, "旧表.xls").getResponse().getContentAsString()).contains("另存为");
        assertThat(upload("职工姓名,身份证号码".getBytes(StandardCharsets.UTF_8), "名单.csv").getResponse()
                .getContentAsString()).contains("这不是 Excel 文件");
        assertThat(upload(TestSheets.sheet(List.of("姓名", "电话"), List.of()), "表头不对.xlsx").getResponse().getContentAsString())
                .contains("找不到表头").contains("身份证号码");
    }

    @Test
    void anUploadIsTheUploadersOnly() throws Exception {
        long id = uploadId(upload(TestSheets.sheet(HEADER, List.of(row("别人的", TestIds.next(), UNION, null, null))), "a.xlsx"));

        mvc.perform(get("/files/import/{id}", id).with(demo.as("xihu.admin"))).andExpect(status().isForbidden());
        mvc.perform(post("/files/import/{id}/commit", id).with(demo.as("admin")).with(csrf()))
                .andExpect(status().is4xxClientError());
        assertThat(filesNamed("别人的")).isZero();
    }

    @Test
    void theTemplateHasTheHeadersDropDownsAndAnExampleRowThatIsNeverImported() throws Exception {
        byte[] template = mvc.perform(get("/files/import/template").with(demo.as("clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        // The example row is valid in every other way: only its name keeps it out.
        assertThat(upload(template, "模板.xlsx").getResponse().getContentAsString()).contains("1 行有问题")
                .contains("这是模板中的示例行").doesNotContain("校验位");
        List<SheetRow> rows = new ArrayList<>();
        new SheetReader(fileSheet.columns()).read(new ByteArrayInputStream(template), rows::add);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).cell("union").text()).isEqualTo(UNION);
        assertThat(rows.get(0).cell("mainCause").text()).isEqualTo("本人患重病");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetAt(0).getDataValidations()).hasSizeGreaterThan(10);
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).endsWith("*");
        }
        mvc.perform(get("/files/import").with(demo.as("reviewer"))).andExpect(status().isForbidden());
    }

    @Test
    void theExportIsMaskedForAClerkInClearForARevealerLoggedAndSafeFromFormulas() throws Exception {
        String id = TestIds.next();
        registration.open(demo.actor("clerk"), new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), "=1+2导出", id, List.of()));

        byte[] masked = mvc.perform(get("/files/export").param("name", "=1+2导出").with(demo.as("clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] clear = mvc.perform(get("/files/export").param("name", "=1+2导出").with(demo.as("reviewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(masked))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'=1+2导出");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(clear))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo(id);
        }
        assertThat(demo.lastAuditDetail("clerk", "FILE_EXPORT")).startsWith("1 files, masked");
        assertThat(demo.lastAuditDetail("reviewer", "FILE_EXPORT")).startsWith("1 files, numbers in clear")
                .doesNotContain("=1+2");
        mvc.perform(get("/files/export").param("union", String.valueOf(demo.organisationId("ZJ-HZ-YH")))
                .with(demo.as("xihu.admin"))).andExpect(status().isForbidden());
    }
}
