package org.unionaid.web.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.security.Role;
import org.unionaid.web.security.AuthorisationMatrixTest;
import org.unionaid.web.support.AccessTable;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.Endpoints;
import org.unionaid.web.support.Endpoints.Endpoint;
import org.unionaid.web.support.MatrixWorld;
import org.unionaid.web.support.MatrixWorld.Relation;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Bad input gets a clear message, never a 500: a 10,000-character name or address is answered on the form with
 * its limit; invisible and text-direction characters are refused in names and file names; an amount is plain
 * digits; an upload too large names its limit; and every text parameter of every endpoint of the authorisation
 * table, filled with 10,000 characters, is answered without an error; every text column of the schema has a
 * limit. Specifies R-PRIV-04, R-PRIV-05 and R-PRIV-06 (docs/rules.md).
 */
@WebIntegrationTest
class BadInputTest {

    private static final String LONG = "长".repeat(10_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    Endpoints endpoints;

    @Autowired
    MatrixWorld worlds;

    @Autowired
    AccessTable access;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder fileForm(String name) {
        return post("/files").with(demo.as("clerk")).with(csrf())
                .param("organisationId", String.valueOf(demo.organisationId("ZJ-HZ-XH-LJ")))
                .param("workerName", name).param("workerIdNumber", TestIds.next())
                .param("causes", "DISABILITY").param("mainCause", "DISABILITY").param("needs", "LIVING")
                .param("level", "BASE");
    }

    // R-PRIV-04
    @Test
    @Transactional
    void aTenThousandCharacterNameOrAddressIsAnsweredOnTheFormWithItsLimit() throws Exception {
        mvc.perform(fileForm(LONG)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("最多 50 个字，现有 10,000 个字")));
        mvc.perform(fileForm("王长").param("address", LONG)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("最多 200 个字，现有 10,000 个字")));
        mvc.perform(fileForm("王长").param("members[0].name", LONG).param("members[0].relation", "SPOUSE")
                .param("members[0].idNumber", TestIds.next())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("最多 50 个字")));
    }

    // R-PRIV-05
    @Test
    @Transactional
    void aNameWithAZeroWidthOrDirectionCharacterIsRefusedNextToIt() throws Exception {
        for (String name : List.of("王\u200B芳", "王\u202E芳", "\u2066王芳\u2069", "王\uFEFF芳")) {
            mvc.perform(fileForm(name)).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("看不见的字符")));
        }
        mvc.perform(fileForm("王芳").param("members[0].name", "李\u200D娜").param("members[0].relation", "SPOUSE")
                .param("members[0].idNumber", TestIds.next())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("看不见的字符")));
    }

    // R-PRIV-05
    @Test
    @Transactional
    void anUploadWhoseNameHidesItsTypeIsRefused() throws Exception {
        long file = worlds.world().id("file");
        mvc.perform(multipart("/files/{id}/documents", file).file(new MockMultipartFile("document",
                "收入证明\u202Efdp.exe", "application/pdf", "%PDF-1.4 证明".getBytes(StandardCharsets.UTF_8)))
                .param("kind", "HARDSHIP_PROOF").with(demo.as("clerk")).with(csrf()))
                .andExpect(flash().attribute("error", "upload.fileName.invisible"));
    }

    // R-PRIV-05: what the use cases refuse, PostgreSQL refuses too, whatever writes the row (V53).
    @Test
    @Transactional
    void theDatabaseRefusesAnInvisibleCharacterInANameWrittenAroundTheForm() {
        long file = worlds.world().id("file");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "update hardship_file set worker_name = :name where id = :id")
                .param("name", "王\u202E芳").param("id", file).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .hasMessageContaining("hardship_file_names_visible");
    }

    // R-PRIV-06 (commits the file it opens, named uniquely)
    @Test
    void anAmountIsPlainDigitsAndFullWidthDigitsAreNormalised() throws Exception {
        mvc.perform(fileForm("王长").param("yearlyIncome", "1e3")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("不接受 1e3")));
        mvc.perform(fileForm("王长").param("yearlyIncome", "+100")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("金额只能写数字")));
        String name = "全角" + System.nanoTime() % 100_000;
        mvc.perform(fileForm(name).param("yearlyIncome", "１２０００．５０"))
                .andExpect(redirectedUrlPattern("/files/*"));
        assertThat(jdbc.sql("select yearly_income from hardship_file where worker_name = :name").param("name", name)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("12000.50");
    }

    // R-PRIV-04: the size limit of an upload is named with its figure, not "{0}".
    @Test
    @Transactional
    void anUploadTooLargeNamesItsLimit() throws Exception {
        long file = worlds.world().id("file");
        byte[] eleven = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, eleven, 0, 8);
        MvcResult refused = mvc.perform(multipart("/files/{id}/documents", file).file(new MockMultipartFile("document",
                "诊断.pdf", "application/pdf", eleven)).param("kind", "HARDSHIP_PROOF").with(demo.as("clerk"))
                .with(csrf())).andExpect(flash().attribute("error", "attachment.tooLarge")).andReturn();
        Object[] figure = (Object[]) refused.getFlashMap().get("errorArgs");
        assertThat(figure).containsExactly(10);
        mvc.perform(get("/files/{id}", file).param("tab", "documents").with(demo.as("clerk"))
                .flashAttr("error", "attachment.tooLarge").flashAttr("errorArgs", figure))
                .andExpect(content().string(Matchers.containsString("文件超过 10 MB")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("{0}"))));
    }

    // R-PRIV-04: no column holds text without a limit.
    @Test
    void everyTextColumnOfTheSchemaHasALimit() {
        List<Map<String, Object>> unlimited = jdbc.sql("""
                select table_name, column_name from information_schema.columns
                 where table_schema = current_schema()
                   and (data_type = 'text' or (data_type = 'character varying' and character_maximum_length is null))
                """).query().listOfRows();
        assertThat(unlimited).as("text columns without a length").isEmpty();
    }

    // R-PRIV-04: every text parameter of every endpoint, 10,000 characters long, as a user who may call it.
    @TestFactory
    Stream<DynamicTest> noEndpointAnswersTenThousandCharactersInEveryTextFieldWithAnError() {
        MatrixWorld.World world = worlds.world();
        Map<String, AccessTable.Row> table = AccessTable.parse(AuthorisationMatrixTest.TABLE);
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints.all()) {
            AccessTable.Row row = table.get(endpoint.key());
            if (row == null || endpoint.textParameters().isEmpty()) {
                continue;
            }
            Relation relation = row.target().relations().contains(Relation.OWN) ? Relation.OWN : null;
            Stream.of(Role.values()).filter(role -> row.expected(role, relation) == AccessTable.Outcome.ALLOWED)
                    .findFirst().ifPresent(role -> tests.add(DynamicTest.dynamicTest(endpoint.key() + " · " + role,
                            () -> assertThat(access.call(world, endpoint, row.target(), role, relation, LONG))
                                    .as("%s as %s: %s", endpoint.key(), role, access.lastFailure()).isLessThan(500))));
        }
        assertThat(tests).hasSizeGreaterThan(40);
        return tests.stream();
    }
}
