package org.unionaid.web.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.ExitReason;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.person.BankCardNumber;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.person.PersonalDataProtector.Purpose;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestCards;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.TestSheets;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * One bank card, one active file (issue 15), through the pages a clerk uses: the new-file form, the edit and
 * re-verification forms, and the import. Every use case commits or rolls back on its own, as a request does:
 * people and cards here are fresh ({@link TestIds}, {@link TestCards}). Specifies R-CARD-01 (docs/rules.md).
 */
@WebIntegrationTest
class CardClaimTest {

    private static final String TEA = "ZJ-HZ-XH-LJ";
    private static final String TEA_NAME = "杭州西湖龙井茶业有限公司工会";
    private static final String COURIERS = "ZJ-NB-YZ-KD";
    private static final String COURIERS_NAME = "鄞州区快递行业联合工会";
    private static final List<String> HEADER = List.of("职工姓名", "身份证号码*", "所在基层工会", "致困原因", "主要致困原因",
            "帮扶需求", "档案级别", "家庭年可支配收入", "开户银行", "银行卡号", "持卡人");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    FileRegistration registration;

    @Autowired
    ApprovedFiles files;

    @Autowired
    PersonalDataProtector protector;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** A draft of the couriers' union in Ningbo, filed by a province-wide clerk with this card. */
    private HardshipFile elsewhere(String name, String card) {
        return registration.open(demo.actor("admin", Role.CLERK), new FileEntry(demo.organisationId(COURIERS), name,
                TestIds.next(), List.of(), null, new FileEntry.BankEntry(Bank.ICBC, card, name), null));
    }

    /** An approved file of the tea company's union on a card of its own, committed as its users would leave it. */
    private HardshipFile approvedWithCard(String name) {
        return new TransactionTemplate(transactions).execute(status -> files.approvedWithCard(name, FileLevel.COUNTY));
    }

    /** The new-file form of the tea company's clerk, filled in for a worker paid on {@code card}. */
    private MockHttpServletRequestBuilder newFile(String name, String card) {
        return post("/files").with(demo.as("clerk")).with(csrf())
                .param("organisationId", String.valueOf(demo.organisationId(TEA)))
                .param("workerName", name).param("workerIdNumber", TestIds.next())
                .param("causes", "DISABILITY").param("mainCause", "DISABILITY").param("needs", "LIVING")
                .param("level", "BASE").param("bank", "ICBC").param("bankCardNumber", card).param("bankHolder", name);
    }

    /** The edit ({@code /files/{id}}) or re-verification form of a file, saved with this card (blank: keep it). */
    private MockHttpServletRequestBuilder editing(String path, HardshipFile file, String card, String reason) {
        return post(path, file.getId()).with(demo.as("clerk")).with(csrf())
                .param("workerName", file.getWorkerName()).param("workerIdNumber", "").param("phone", "13800000000")
                .param("causes", "DISABILITY").param("mainCause", "DISABILITY").param("needs", "LIVING")
                .param("level", "BASE").param("yearlyIncome", "12000").param("unionMember", "true")
                .param("employedSince", "2015-03-01").param("bank", "ICBC").param("bankCardNumber", card)
                .param("bankHolder", file.getWorkerName()).param("reason", reason);
    }

    private long filesNamed(String name) {
        return jdbc.sql("select count(*) from hardship_file where worker_name = :name").param("name", name)
                .query(Long.class).single();
    }

    private Long claimantOf(String card) {
        return jdbc.sql("select file_id from active_card_claim where card_index = :card")
                .param("card", protector.blindIndex(Purpose.BANK_CARD, card)).query(Long.class).optional().orElse(null);
    }

    private static void refusedForTheCardOf(Throwable thrown, String union) {
        assertThat(thrown).isInstanceOfSatisfying(DomainException.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("bankCardNumber");
            assertThat(refusal.messageKey()).isEqualTo("file.bankCard.activeElsewhere");
            assertThat(refusal.arguments()).containsExactly(union);
        });
    }

    // R-CARD-01
    @Test
    void aCardOnAnotherUnionsActiveFileIsRefusedNextToTheCardFieldNamingOnlyThatUnion() throws Exception {
        String card = TestCards.next();
        HardshipFile other = elsewhere("卡主别处", card);
        String typedWithSpaces = card.substring(0, 4) + " " + card.substring(4, 8) + " " + card.substring(8);

        mvc.perform(newFile("一卡两户乙", typedWithSpaces))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该银行卡已登记在" + COURIERS_NAME + "的另一户档案中")))
                .andExpect(content().string(containsString("（R-CARD-01）")))
                .andExpect(content().string(containsString("id=\"bankCardNumber-error\"")))
                .andExpect(content().string(not(containsString("卡主别处"))))
                .andExpect(content().string(not(containsString(other.getWorkerId().masked()))));
        assertThat(filesNamed("一卡两户乙")).isZero();
        assertThat(claimantOf(card)).isEqualTo(other.getId());

        mvc.perform(newFile("一卡两户乙", TestCards.next())).andExpect(redirectedUrlPattern("/files/*"));
        assertThat(filesNamed("一卡两户乙")).isOne();
    }

    // R-CARD-01
    @Test
    void theEditFormRefusesAnotherFilesCardAndAChangedCardFreesTheOldOne() throws Exception {
        String mine = TestCards.next();
        String theirs = TestCards.next();
        HardshipFile file = registration.open(demo.actor("clerk"), new FileEntry(demo.organisationId(TEA), "改卡甲",
                TestIds.next(), List.of(), null, new FileEntry.BankEntry(Bank.ICBC, mine, "改卡甲"), null));
        elsewhere("改卡乙", theirs);

        mvc.perform(editing("/files/{id}", file, theirs, "换用新卡"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该银行卡已登记在" + COURIERS_NAME + "的另一户档案中")))
                .andExpect(content().string(containsString("id=\"bankCardNumber-error\"")));
        assertThat(registration.view(demo.actor("clerk"), file.getId()).getBankAccount().getCardMasked())
                .isEqualTo(BankCardNumber.parse("card", mine).masked());

        String replacement = TestCards.next();
        mvc.perform(editing("/files/{id}", file, replacement, "原卡挂失，换新卡"))
                .andExpect(redirectedUrl("/files/" + file.getId()));
        assertThat(claimantOf(replacement)).isEqualTo(file.getId());
        assertThat(claimantOf(mine)).as("the card given up is free").isNull();
        assertThat(elsewhere("接旧卡", mine).getStatus()).isEqualTo(FileStatus.DRAFT);
        assertThatThrownBy(() -> elsewhere("抢新卡", replacement)).satisfies(e -> refusedForTheCardOf(e, TEA_NAME));
    }

    // R-CARD-01
    @Test
    void anExitedOrCancelledFileFreesItsCard() {
        HardshipFile approved = approvedWithCard("脱困留卡");
        String card = approved.getBankAccount().revealCard(protector);
        assertThatThrownBy(() -> elsewhere("等卡甲", card)).satisfies(e -> refusedForTheCardOf(e, TEA_NAME));

        registration.exit(demo.actor("approver"), approved.getId(), ExitReason.RE_EMPLOYED, "已再就业");
        HardshipFile next = elsewhere("等卡甲", card);
        registration.cancel(demo.actor("admin", Role.APPROVER), next.getId(), "录入有误");

        assertThat(elsewhere("等卡乙", card).getStatus()).isEqualTo(FileStatus.DRAFT);
    }

    // R-CARD-01
    @Test
    void aFileTheMigrationLeftUnclaimedIsRefusedAtItsReverificationUntilItsCardIsCorrected() throws Exception {
        String card = TestCards.next();
        HardshipFile older = elsewhere("老卡主", card);
        HardshipFile copy = approvedWithCard("重卡户");
        // As data written before V39 left it: the newer file on the same card, unclaimed; the older one claims it.
        jdbc.sql("delete from active_card_claim where file_id = :file").param("file", copy.getId()).update();
        jdbc.sql("""
                update hardship_file set bank_card_sealed = :sealed, bank_card_index = :index, bank_card_masked = :masked
                 where id = :file""")
                .param("sealed", protector.seal(Purpose.BANK_CARD, card))
                .param("index", protector.blindIndex(Purpose.BANK_CARD, card))
                .param("masked", BankCardNumber.parse("card", card).masked()).param("file", copy.getId()).update();

        mvc.perform(editing("/files/{id}/reverify", copy, "", "年度复核，入户核实"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该银行卡已登记在" + COURIERS_NAME + "的另一户档案中")))
                .andExpect(content().string(containsString("id=\"bankCardNumber-error\"")));
        assertThat(claimantOf(card)).isEqualTo(older.getId());

        String own = TestCards.next();
        mvc.perform(editing("/files/{id}/reverify", copy, own, "年度复核，更正为本人银行卡"))
                .andExpect(redirectedUrl("/files/" + copy.getId()));
        assertThat(claimantOf(own)).isEqualTo(copy.getId());
        assertThat(claimantOf(card)).isEqualTo(older.getId());
    }

    private static List<Object> importRow(String name, String card) {
        return List.of(name, TestIds.next(), TEA_NAME, "本人患重病", "本人患重病", "医疗", "基层", "12000", "中国工商银行",
                card, name);
    }

    /** Uploads as the clerk and follows the redirect to the upload's report. */
    private MvcResult upload(List<List<Object>> rows, String filename) throws Exception {
        MvcResult posted = mvc.perform(multipart("/files/import").file(new MockMultipartFile("sheet", filename,
                "application/octet-stream", TestSheets.sheet(HEADER, rows))).with(demo.as("clerk")).with(csrf()))
                .andReturn();
        return mvc.perform(get(posted.getResponse().getRedirectedUrl()).with(demo.as("clerk"))).andReturn();
    }

    private MockHttpServletRequestBuilder commit(MvcResult report) {
        return post(report.getRequest().getRequestURI() + "/commit").with(demo.as("clerk")).with(csrf());
    }

    // R-CARD-01
    @Test
    void anImportReportsCardsOnActiveFilesOrTwiceInTheSheetRowByRowAndCommitsNothing() throws Exception {
        String filedElsewhere = TestCards.next();
        elsewhere("导卡别处", filedElsewhere);
        String twice = TestCards.next();

        MvcResult checked = upload(List.of(importRow("导卡甲", filedElsewhere), importRow("导卡乙", twice),
                importRow("导卡丙", twice), importRow("导卡丁", TestCards.next())), "一卡多户.xlsx");

        assertThat(checked.getResponse().getContentAsString())
                .contains("2 行有问题")
                .contains("该银行卡已登记在" + COURIERS_NAME + "的另一户档案中")
                .contains("该银行卡已出现在本表第 4 行")
                .contains("银行卡号")
                .doesNotContain(filedElsewhere).doesNotContain(twice).doesNotContain("导卡别处");
        // R-PRIV-02: a refused upload is erased as soon as its report is made, so it cannot be committed at all.
        mvc.perform(commit(checked)).andExpect(flash().attribute("error", "file.import.erased"));
        assertThat(filesNamed("导卡甲") + filesNamed("导卡乙") + filesNamed("导卡丙") + filesNamed("导卡丁")).isZero();
    }

    // R-CARD-01
    @Test
    void aCardFiledElsewhereBetweenCheckAndCommitUndoesTheImportAndImportedCardsAreClaimed() throws Exception {
        String kept = TestCards.next();
        String late = TestCards.next();
        MvcResult checked = upload(List.of(importRow("抢卡甲", kept), importRow("抢卡乙", late)), "抢卡.xlsx");
        assertThat(checked.getResponse().getContentAsString()).contains("全部 2 行检查无误");
        elsewhere("抢先登卡", late);

        mvc.perform(commit(checked)).andExpect(flash().attribute("error", "file.import.cardTakenSinceCheck"));
        assertThat(filesNamed("抢卡甲") + filesNamed("抢卡乙")).isZero();

        MvcResult again = upload(List.of(importRow("抢卡甲", kept)), "抢卡更正.xlsx");
        mvc.perform(commit(again)).andExpect(flash().attribute("success", "file.import.committed"));
        assertThat(filesNamed("抢卡甲")).isOne();
        assertThatThrownBy(() -> elsewhere("后来者", kept)).satisfies(e -> refusedForTheCardOf(e, TEA_NAME));
    }
}
