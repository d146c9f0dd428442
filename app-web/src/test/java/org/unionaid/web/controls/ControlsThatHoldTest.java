package org.unionaid.web.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.LineRefusal;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.ExclusionFlag;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.Finances;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.Refusal;
import org.unionaid.domain.tracking.IncomeTracking;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestCards;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * The bypasses an attack found through ordinary pages, each tried again through the same page a user has:
 * every one is now refused by its rule, and the page says which rule and what to do — never a bare 403 to
 * someone who has the role and the scope (docs/rules.md).
 */
@WebIntegrationTest
@Transactional
class ControlsThatHoldTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    ApprovedFiles journey;

    @Autowired
    FileRegistration registration;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    Disbursement disbursement;

    @Autowired
    IncomeTracking incomes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Campaign campaign;

    @BeforeEach
    void aCondolenceCampaign() {
        LocalDate today = LocalDate.now(clock);
        campaign = campaigns.create(demo.actor("approver"), new CampaignDraft("把关" + UUID.randomUUID(),
                today.getYear(), today.minusDays(5), today.plusDays(60), today.plusDays(70), null,
                Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "2000")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS))));
    }

    private static FileEntry entry(String name, String yearlyIncome, Set<ExclusionFlag> exclusions) {
        return new FileEntry(0, name, TestIds.next(), List.of(), new Finances(Money.yuan(yearlyIncome),
                Money.ZERO, Money.ZERO, exclusions));
    }

    private FileEntry teaCompany(String name, String yearlyIncome, Set<ExclusionFlag> exclusions) {
        FileEntry e = entry(name, yearlyIncome, exclusions);
        return new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), e.workerName(), e.workerIdNumber(), e.members(),
                e.finances(), new FileEntry.BankEntry(Bank.ICBC, TestCards.next(), name), null);
    }

    /** The finance officer's batch filled through its page; the households refused, with their rule. */
    @SuppressWarnings("unchecked")
    private List<LineRefusal> fillThroughThePage() throws Exception {
        Batch batch = disbursement.create(demo.actor("finance"), campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, PaymentMethod.BANK_TRANSFER, null);
        MvcResult result = mvc.perform(post("/batches/{id}/fill", batch.id()).with(demo.as("finance")).with(csrf())
                .param("category", "DEEP")).andExpect(status().is3xxRedirection()).andReturn();
        return (List<LineRefusal>) result.getFlashMap().get("refused");
    }

    private static String reasonFor(List<LineRefusal> refused, HardshipFile file) {
        return refused.stream().filter(r -> r.fileId() == file.getId()).map(LineRefusal::messageKey).findFirst()
                .orElse(null);
    }

    @Test
    void anExcludedHouseholdIsGivenNoEligibleCategoryOnTheFilePage() throws Exception {
        // R-ELIG-01: two homes, whatever the income.
        HardshipFile file = registration.open(demo.actor("clerk"), ApprovedFiles.complete(
                teaCompany("两套房甲", "6000", EnumSet.of(ExclusionFlag.TWO_OR_MORE_HOMES))));
        registration.submit(demo.actor("clerk"), file.getId());

        mvc.perform(post("/files/{id}/category", file.getId()).with(demo.as("reviewer")).with(csrf())
                .param("category", "DEEP").param("reason", "民主评议认为确有困难"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "file.category.excluded"));

        assertThat(registration.view(demo.actor("reviewer"), file.getId()).getConfirmedCategory()).isNull();
    }

    @Test
    void aHouseholdAtSixteenTimesLowBaoIsNotApprovedOnTheReviewersWordAlone() throws Exception {
        // R-CAT-02: 240,000 a year for one person is 20,000 a month, sixteen times Hangzhou's 1,250.
        HardshipFile file = journey.noticePassed(teaCompany("高收入甲", "240000", Set.of()));
        mvc.perform(get("/approvals").with(demo.as("approver")))
                .andExpect(content().string(containsString("高收入甲")))
                .andExpect(content().string(containsString("须先由上级工会审批人确认")))
                .andExpect(content().string(not(containsString("id=\"file-" + file.getId() + "\""))));

        MvcResult approval = mvc.perform(post("/approvals").with(demo.as("approver")).with(csrf())
                .param("file", String.valueOf(file.getId()))).andExpect(status().is3xxRedirection()).andReturn();

        assertThat(refusedKeys(approval)).containsEntry(file.getId(), "approval.refused.categoryUnconfirmed");
        assertThat(registration.view(demo.actor("approver"), file.getId()).getStatus())
                .isEqualTo(FileStatus.NOTICE_PASSED);

        // The district's approver, a union above and not the one who decided, confirms in writing.
        mvc.perform(post("/files/{id}/category/confirm", file.getId()).with(demo.as("approver")).with(csrf())
                .param("confirmation", "入户核实：配偶重病，收入几乎全部用于治疗"))
                .andExpect(flash().attribute("success", "file.category.confirmed"));
        mvc.perform(post("/approvals").with(demo.as("approver")).with(csrf())
                .param("file", String.valueOf(file.getId())));
        assertThat(registration.view(demo.actor("approver"), file.getId()).getStatus()).isEqualTo(FileStatus.APPROVED);
        assertThat(registration.history(demo.actor("approver"), file.getId())).extracting(h -> h.event().name())
                .contains("CATEGORY_CONFIRMED", "APPROVED");
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, String> refusedKeys(MvcResult result) {
        Map<Long, Refusal> refused = (Map<Long, Refusal>) result.getFlashMap().get("refused");
        return refused.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().messageKey()));
    }

    @Test
    void aFileWithoutItsDocumentsAndIncomeCheckWaitsOnTheApprovalsPageWithWhatBlocksIt() throws Exception {
        // R-APPR-04, R-APPR-05
        HardshipFile file = journey.noticePassedBare(teaCompany("缺材料甲", "12000", Set.of()));

        mvc.perform(get("/approvals").with(demo.as("approver")))
                .andExpect(content().string(containsString("缺材料甲")))
                .andExpect(content().string(containsString("缺少 4 项必需材料")))
                .andExpect(content().string(containsString("书面申请")))
                .andExpect(content().string(containsString("尚未记录民政部门收入核对结果")))
                .andExpect(content().string(not(containsString("id=\"file-" + file.getId() + "\""))));
        MvcResult approval = mvc.perform(post("/approvals").with(demo.as("approver")).with(csrf())
                .param("file", String.valueOf(file.getId()))).andReturn();

        assertThat(refusedKeys(approval)).containsEntry(file.getId(), "approval.refused.documentsMissing");
        assertThat(registration.view(demo.actor("approver"), file.getId()).getStatus())
                .isEqualTo(FileStatus.NOTICE_PASSED);
    }

    @Test
    void aUnionApprovingItsOwnFileIsToldTheRuleNotForbidden() throws Exception {
        // R-APPR-02: the tea company's reviewer given the approver's role too, inside this test's transaction.
        jdbc.sql("insert into user_role (user_id, role) values (:user, 'APPROVER')")
                .param("user", demo.userId("reviewer")).update();
        HardshipFile file = journey.noticePassed(teaCompany("本级甲", "12000", Set.of()));

        mvc.perform(get("/approvals").with(demo.as("reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本工会不能审批自己的档案")));
        MvcResult approval = mvc.perform(post("/approvals").with(demo.as("reviewer")).with(csrf())
                .param("file", String.valueOf(file.getId()))).andExpect(status().is3xxRedirection()).andReturn();

        assertThat(refusedKeys(approval)).containsEntry(file.getId(), "approval.refused.sameUnion");
    }

    @Test
    void aHouseholdProposedForExitIsRefusedInTheBatchUntilTheExitIsDecided() throws Exception {
        // R-PAY-10: six months above 低保 (3,600 for one person against 1,250).
        HardshipFile file = journey.approved(teaCompany("拟脱困甲", "12000", Set.of()));
        YearMonth first = incomes.exitWindowStart();
        for (int month = 0; month < IncomeTracking.MONTHS_ABOVE_FOR_EXIT; month++) {
            incomes.record(demo.actor("clerk"), file.getId(), first.plusMonths(month), "3600", 1);
        }

        assertThat(reasonFor(fillThroughThePage(), file)).isEqualTo("payment.refused.exitProposed");
        mvc.perform(get("/files/{id}", file.getId()).with(demo.as("approver")))
                .andExpect(content().string(containsString("拟脱困")));

        mvc.perform(post("/files/{id}/exit-proposal/reject", file.getId()).with(demo.as("approver")).with(csrf())
                .param("reason", "收入含一次性拆迁补偿，家庭仍困难"))
                .andExpect(flash().attribute("success", "file.exit.rejected"));
        assertThat(reasonFor(fillThroughThePage(), file)).isNull();
    }

    @Test
    void anExclusionFoundAtReverificationAfterApprovalBlocksTheNextBatch() throws Exception {
        // R-ELIG-01 after approval: the yearly re-verification finds a private car.
        HardshipFile file = journey.approved(teaCompany("复核有车甲", "12000", Set.of()));
        FileEntry found = new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), "复核有车甲", null, List.of(),
                new Finances(Money.yuan("12000"), Money.ZERO, Money.ZERO,
                        EnumSet.of(ExclusionFlag.PRIVATE_MOTOR_VEHICLE)), new FileEntry.BankEntry(Bank.ICBC, null, "复核有车甲"), null,
                registration.view(demo.actor("clerk"), file.getId()).getWorkerDetails());
        registration.reverify(demo.actor("clerk"), file.getId(), found, "入户复核：家中经常使用私家车");

        assertThat(reasonFor(fillThroughThePage(), file)).isEqualTo("payment.refused.excluded");
    }

    @Test
    void aPayeeNameTheBankFileCannotCarryIsRefusedAtFillNotAfterApproval() throws Exception {
        // R-PAY-13: a comma in the name, and the batch's bank file is the generic CSV.
        HardshipFile file = journey.approved(teaCompany("阿卜杜拉,买买提", "12000", Set.of()));

        assertThat(reasonFor(fillThroughThePage(), file)).isEqualTo("payment.refused.payee.separatorInValue");
    }

    @Test
    void filesOfTheChosenUnionThatAreNotApprovedAreListedAsRefusedNotSkipped() throws Exception {
        // R-PAY-01: a draft of the tea company's union, named with its reason when that union is filled.
        HardshipFile draft = registration.open(demo.actor("clerk"), ApprovedFiles.complete(
                teaCompany("未审批甲", "12000", Set.of())));
        Batch batch = disbursement.create(demo.actor("finance"), campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, PaymentMethod.BANK_TRANSFER, null);

        MvcResult result = mvc.perform(post("/batches/{id}/fill", batch.id()).with(demo.as("finance")).with(csrf())
                .param("category", "DEEP").param("union", String.valueOf(demo.organisationId("ZJ-HZ-XH-LJ"))))
                .andExpect(status().is3xxRedirection()).andReturn();

        @SuppressWarnings("unchecked")
        List<LineRefusal> refused = (List<LineRefusal>) result.getFlashMap().get("refused");
        assertThat(reasonFor(refused, draft)).isEqualTo("payment.refused.notApproved");
    }
}
