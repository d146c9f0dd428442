package org.unionaid.web.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.funds.Allocating;
import org.unionaid.domain.funds.AllocationDraft;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.BalanceRow;
import org.unionaid.domain.ledger.BalanceTable;
import org.unionaid.domain.ledger.ChainProblem;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.JournalEntry;
import org.unionaid.domain.ledger.JournalEntryDraft;
import org.unionaid.domain.ledger.JournalLine;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.ledger.Posting;
import org.unionaid.domain.ledger.PostingFilter;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationAdministration;
import org.unionaid.domain.organisation.OrganisationDetails;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * The ledger pages on the real ledger: a county of 杭州 set up for each test (so no other test's money
 * counts) with a receipt, a donation, an allocation to its base union and a commitment, read by the city's
 * auditor; everything rolls back.
 * Specifies R-LEDGER-04 and R-LEDGER-07 (docs/rules.md); the balances are per campaign (R-FUND-01).
 */
@WebIntegrationTest
@Transactional
class LedgerPagesTest {

    private static final FundPurpose PURPOSE = FundPurpose.CONDOLENCE;
    private static final String FORMULA_DONOR = "=HYPERLINK(\"http://evil.example\")";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    OrganisationAdministration organisations;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    FundIntake intake;

    @Autowired
    Allocating allocating;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Organisation county;
    private Organisation base;
    private Campaign campaign;
    private long allocationId;
    private JournalEntry commitment;

    /**
     * 100,000 of own funds and a donation of 30,000 received by the county; 40,000 allocated to its base
     * union; 5,000 committed to a payment: seven postings on the county's chain.
     */
    @BeforeEach
    void aCountyWithMoneyAndABaseUnionBelowIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        county = organisations.create(demo.actor("admin"), demo.organisationId("ZJ-HZ"),
                details("T-LEDGER-" + suffix, "台账测试区总工会", OrganisationType.COUNTY));
        base = organisations.create(demo.actor("admin"), county.getId(),
                details("T-LEDGER-B-" + suffix, "台账测试公司工会", OrganisationType.BASE));
        campaign = campaigns.create(demo.actor("hz.admin"), new CampaignDraft("台账测试送温暖" + suffix,
                LocalDate.now(clock).getYear(), LocalDate.now(clock).minusMonths(1), LocalDate.now(clock).plusMonths(1),
                LocalDate.now(clock).plusMonths(1), null, Map.of(),
                Map.of(PURPOSE, EnumSet.of(FundSource.OWN_UNION_FUNDS, FundSource.UNIT_DONATION))));
        Actor finance = at(county, "finance", Role.FINANCE);
        intake.record(finance, new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS, PURPOSE, "100,000",
                LocalDate.now(clock), "PZ-1", null, null, null));
        intake.record(finance, new ReceiptDraft(campaign.id(), FundSource.UNIT_DONATION, PURPOSE, "30000",
                LocalDate.now(clock), "JZ-1", null, FORMULA_DONOR, null));
        allocationId = allocating.allocate(finance, new AllocationDraft(campaign.id(), FundSource.OWN_UNION_FUNDS,
                PURPOSE, "0", "区总工会专项慰问，不要求配套", null, "元旦春节慰问", UUID.randomUUID(), Map.of(base.getId(), "40000")))
                .allocationIds().get(0);
        // No use case commits money yet: the commitment of an approved payment list is posted directly.
        Money committed = Money.yuan("5000");
        commitment = ledger.post(JournalEntryDraft.of(EntryKind.COMMITMENT, new DocumentRef("payment_list", 1),
                "慰问金发放名单", JournalLine.of(county.getId(), AccountKind.AVAILABLE, FundSource.OWN_UNION_FUNDS, PURPOSE,
                        committed.negated()),
                JournalLine.of(county.getId(), AccountKind.COMMITTED, FundSource.OWN_UNION_FUNDS, PURPOSE, committed))
                .forCampaign(campaign.id()), demo.userId("finance"));
    }

    @Test
    void theBalancesOfTheUnionAndTheSumOfItsSubtreeAreShownBySource() throws Exception {
        MvcResult page = mvc.perform(get("/ledger").param("union", id(county)).with(demo.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("台账测试区总工会")))
                .andExpect(content().string(containsString("55,000.00")))
                .andExpect(content().string(containsString("95,000.00")))
                .andExpect(content().string(containsString(campaign.name())))
                .andReturn();

        BalanceTable own = (BalanceTable) page.getModelAndView().getModel().get("balances");
        // R-FUND-01: the county's money is the campaign's.
        assertThat(own.rows()).containsExactly(
                new BalanceRow(FundSource.OWN_UNION_FUNDS, PURPOSE, yuan("55000"), yuan("5000"), Money.ZERO,
                        campaign.id()),
                new BalanceRow(FundSource.UNIT_DONATION, PURPOSE, yuan("30000"), Money.ZERO, Money.ZERO,
                        campaign.id()));
        assertThat(own.total()).isEqualTo(new BalanceRow(null, null, yuan("85000"), yuan("5000"), Money.ZERO));
        // The base union's 40,000 counts in the subtree, once: it left the county's available money.
        BalanceTable subtree = (BalanceTable) page.getModelAndView().getModel().get("subtree");
        assertThat(subtree.rows()).containsExactly(
                new BalanceRow(FundSource.OWN_UNION_FUNDS, null, yuan("95000"), yuan("5000"), Money.ZERO),
                new BalanceRow(FundSource.UNIT_DONATION, null, yuan("30000"), Money.ZERO, Money.ZERO));
        assertThat(subtree.total().available()).isEqualTo(yuan("125000"));
        AvailableChart chart = (AvailableChart) page.getModelAndView().getModel().get("chart");
        assertThat(chart.bars()).extracting(AvailableChart.Bar::source, AvailableChart.Bar::length)
                .containsExactly(tuple(FundSource.OWN_UNION_FUNDS, AvailableChart.WIDTH),
                        tuple(FundSource.UNIT_DONATION, 63));
    }

    @Test
    void postingsAreListedNewestFirstAndFilteredBySourceKindAndBeijingDays() throws Exception {
        assertThat(postings(Map.of())).extracting(Posting::chainSeq).containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(postings(Map.of("source", "UNIT_DONATION")))
                .extracting(Posting::chainSeq, p -> p.account().source(), Posting::amount)
                .containsExactly(tuple(4L, FundSource.UNIT_DONATION, yuan("30000")),
                        tuple(3L, FundSource.UNIT_DONATION, yuan("-30000")));
        assertThat(postings(Map.of("kind", "ALLOCATION"))).extracting(Posting::amount).containsExactly(yuan("-40000"));
        String today = LocalDate.now(clock).toString();
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();
        assertThat(postings(Map.of("from", today, "to", today))).hasSize(7);
        assertThat(postings(Map.of("from", tomorrow))).isEmpty();
        assertThat(postings(Map.of("to", LocalDate.now(clock).minusDays(1).toString()))).isEmpty();

        mvc.perform(get("/ledger").param("union", id(county)).param("source", "UNIT_DONATION")
                        .with(demo.as("auditor")))
                .andExpect(content().string(containsString("-30,000.00")))
                .andExpect(content().string(containsString("资金入账凭证")))
                .andExpect(content().string(not(containsString("元旦春节慰问"))));
        mvc.perform(get("/ledger").param("union", id(county)).param("from", tomorrow).param("to", today)
                        .with(demo.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("起始日期晚于截止日期")));
    }

    @Test
    void theExportHoldsEveryPostingOfTheFilterAsListedWithFormulasDisarmedAndIsAudited() throws Exception {
        long exportsBefore = demo.auditCount("auditor", "LEDGER_EXPORT", "SUCCESS");

        MvcResult result = mvc.perform(get("/ledger/export").param("union", id(county)).with(demo.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn();

        List<Posting> listed = ledger.postings(county.getId(), PostingFilter.ALL, PageRequest.of(0, 50)).getContent();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("台账测试区总工会");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("链序号");
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + listed.size());
            for (int i = 0; i < listed.size(); i++) {
                Posting posting = listed.get(i);
                Row row = sheet.getRow(2 + i);
                assertThat((long) row.getCell(0).getNumericCellValue()).isEqualTo(posting.chainSeq());
                assertThat(row.getCell(3).getStringCellValue())
                        .isEqualTo(posting.account().kind() == AccountKind.RECEIVED ? "外部来源"
                                : posting.account().kind() == AccountKind.COMMITTED ? "已承诺待支付" : "可用余额");
                assertThat(Money.of(BigDecimal.valueOf(row.getCell(6).getNumericCellValue())
                        .setScale(2, RoundingMode.UNNECESSARY))).isEqualTo(posting.amount());
                assertThat(row.getCell(8).getStringCellValue()).isNotBlank();
                assertThat((long) row.getCell(9).getNumericCellValue()).isEqualTo(posting.entry().document().id());
                assertThat((long) row.getCell(10).getNumericCellValue()).isEqualTo(posting.entryId());
            }
            // The donor's name starts the donation's memo: a formula in it is written as text.
            assertThat(sheet.getRow(2 + 3).getCell(7).getStringCellValue()).isEqualTo("'" + FORMULA_DONOR + " JZ-1");
            assertThat(sheet.getRow(2 + 2).getCell(8).getStringCellValue()).isEqualTo("下拨单");
        }
        assertThat(demo.auditCount("auditor", "LEDGER_EXPORT", "SUCCESS")).isEqualTo(exportsBefore + 1);
        assertThat(demo.lastAuditDetail("auditor", "LEDGER_EXPORT")).startsWith("7 postings");

        byte[] donations = mvc.perform(get("/ledger/export").param("union", id(county))
                        .param("source", "UNIT_DONATION").with(demo.as("auditor")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(donations))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1 + 2);
        }
        assertThat(demo.lastAuditDetail("auditor", "LEDGER_EXPORT")).startsWith("2 postings, filter source=UNIT_DONATION");
    }

    @Test
    void theVerificationProvesTheChainUpToItsHeadAndIsAudited() throws Exception {
        MvcResult result = mvc.perform(post("/ledger/verify").param("union", id(county)).with(csrf())
                        .with(demo.as("auditor")))
                .andExpect(redirectedUrl("/ledger?union=" + county.getId() + "#verification"))
                .andReturn();

        LedgerCheckView check = (LedgerCheckView) result.getFlashMap().get("verification");
        assertThat(check.passed()).isTrue();
        assertThat(check.postingsVerified()).isEqualTo(7);
        assertThat(check.headHash()).isEqualTo(HexFormat.of().formatHex(jdbc.sql(
                "select last_hash from ledger_chain_head where union_id = :union").param("union", county.getId())
                .query(byte[].class).single()));
        assertThat(demo.lastAuditDetail("auditor", "LEDGER_VERIFY")).isEqualTo("intact: 7 postings, head "
                + check.headHash());
        mvc.perform(get("/ledger").param("union", id(county)).flashAttr("verification", check)
                        .with(demo.as("auditor")))
                .andExpect(content().string(containsString("验证通过：共 7 条记录")))
                .andExpect(content().string(containsString(check.headHash())));
    }

    @Test
    void anAmountChangedBehindTheApplicationsBackIsNamedWithStoredAndRecomputedHash() throws Exception {
        byte[] stored = jdbc.sql("select hash from ledger_posting where union_id = :union and chain_seq = 2")
                .param("union", county.getId()).query(byte[].class).single();
        // As a database superuser could: triggers off, an amount changed (rolled back with the test).
        jdbc.sql("set local session_replication_role = replica").update();
        jdbc.sql("update ledger_posting set amount = amount + 1 where union_id = :union and chain_seq = 2")
                .param("union", county.getId()).update();
        jdbc.sql("set local session_replication_role = origin").update();

        LedgerCheckView check = (LedgerCheckView) mvc.perform(post("/ledger/verify").param("union", id(county)).with(csrf())
                        .with(demo.as("auditor")))
                .andReturn().getFlashMap().get("verification");

        assertThat(check.intact()).isFalse();
        assertThat(check.problem()).isEqualTo(ChainProblem.CONTENT_ALTERED);
        assertThat(check.chainSeq()).isEqualTo(2);
        assertThat(check.postingsVerified()).isEqualTo(1);
        assertThat(check.stored()).isEqualTo(HexFormat.of().formatHex(stored));
        assertThat(check.expected()).isNotEqualTo(check.stored());
        mvc.perform(get("/ledger").param("union", id(county)).flashAttr("verification", check)
                        .with(demo.as("auditor")))
                .andExpect(content().string(containsString("记录内容被改动")))
                .andExpect(content().string(containsString(check.expected())));
    }

    // R-LEDGER-04
    @Test
    void aBalanceEditedWithTheTriggersOffFailsTheCheckWhichNamesTheAccountWithStoredAndRecomputedAmounts()
            throws Exception {
        // As a database superuser could: triggers off, the available money of own funds raised (rolled back).
        jdbc.sql("set local session_replication_role = replica").update();
        jdbc.sql("""
                update ledger_balance set amount = 500000 where union_id = :union and account_kind = 'AVAILABLE'
                   and fund_source = 'OWN_UNION_FUNDS'
                """).param("union", county.getId()).update();
        jdbc.sql("set local session_replication_role = origin").update();

        LedgerCheckView check = (LedgerCheckView) mvc.perform(post("/ledger/verify").param("union", id(county))
                        .with(csrf()).with(demo.as("auditor")))
                .andReturn().getFlashMap().get("verification");

        assertThat(check.intact()).isTrue();
        assertThat(check.passed()).isFalse();
        assertThat(check.balances()).singleElement().satisfies(line -> {
            assertThat(line.source()).isEqualTo(FundSource.OWN_UNION_FUNDS);
            assertThat(line.campaign()).isEqualTo(campaign.name());
            assertThat(line.stored()).isEqualTo("500,000.00");
            assertThat(line.recomputed()).isEqualTo("55,000.00");
        });
        assertThat(demo.lastAuditDetail("auditor", "LEDGER_VERIFY")).contains("1 balances differ");
        mvc.perform(get("/ledger").param("union", id(county)).flashAttr("verification", check)
                        .with(demo.as("auditor")))
                .andExpect(content().string(not(containsString("验证通过"))))
                .andExpect(content().string(containsString("余额与记账不符：台账测试区总工会，" + campaign.name()
                        + "，可用余额，本级工会经费，送温暖慰问——账面余额 500,000.00，按记账重算应为 55,000.00。")));
    }

    // R-LEDGER-07
    @Test
    void theAuditorDownloadsASealedCheckpointAndHoldsItAgainstTheDatabaseLater() throws Exception {
        byte[] file = mvc.perform(get("/ledger/checkpoint").with(demo.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("ledger-checkpoint-")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).contains(" 7 " + HexFormat.of().formatHex(jdbc.sql(
                "select last_hash from ledger_chain_head where union_id = :union").param("union", county.getId())
                .query(byte[].class).single()) + " 台账测试区总工会\n").contains("\nhmac-sha256=");

        MvcResult intact = mvc.perform(multipart("/ledger/checkpoint/verify").file("file", file)
                        .param("union", id(county)).with(csrf()).with(demo.as("auditor")))
                .andExpect(redirectedUrl("/ledger?union=" + county.getId() + "#checkpoint")).andReturn();
        assertThat(((CheckpointView) intact.getFlashMap().get("checkpoint")).passed()).isTrue();

        // The county's newest posting removed and its head wound back, as a superuser could (rolled back).
        jdbc.sql("set local session_replication_role = replica").update();
        jdbc.sql("delete from ledger_posting where union_id = :union and chain_seq = 7").param("union", county.getId())
                .update();
        jdbc.sql("""
                update ledger_chain_head set last_seq = 6,
                       last_hash = (select hash from ledger_posting where union_id = :union and chain_seq = 6)
                 where union_id = :union
                """).param("union", county.getId()).update();
        jdbc.sql("set local session_replication_role = origin").update();
        CheckpointView cut = (CheckpointView) mvc.perform(multipart("/ledger/checkpoint/verify").file("file", file)
                        .with(csrf()).with(demo.as("auditor")))
                .andReturn().getFlashMap().get("checkpoint");

        assertThat(cut.passed()).isFalse();
        assertThat(cut.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.unionName()).isEqualTo("台账测试区总工会");
            assertThat(m.anchoredSeq()).isEqualTo(7);
        });
        mvc.perform(get("/ledger").flashAttr("checkpoint", cut).with(demo.as("auditor")))
                .andExpect(content().string(containsString("台账测试区总工会 的哈希链已不足检查点记录的 7 条")));
        byte[] altered = text.replace(" 7 ", " 6 ").getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/ledger/checkpoint/verify").file("file", altered).with(csrf()).with(demo.as("auditor")))
                .andExpect(flash().attribute("checkpointError", "ledger.checkpoint.invalid"));
        // 西湖区's finance may not hold the city's checkpoint against its database: it lists unions outside.
        mvc.perform(multipart("/ledger/checkpoint/verify").file("file", file).with(csrf()).with(demo.as("finance")))
                .andExpect(flash().attribute("checkpointError", "ledger.checkpoint.outsideScope"));
    }

    @Test
    void anEntryShowsEveryLineAcrossUnionsItsDocumentCampaignAndReversal() throws Exception {
        long allocationEntry = postings(Map.of("kind", "ALLOCATION")).get(0).entryId();

        mvc.perform(get("/ledger/entries/{id}", allocationEntry).with(demo.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("台账测试区总工会")))
                .andExpect(content().string(containsString("台账测试公司工会")))
                .andExpect(content().string(containsString("-40,000.00")))
                .andExpect(content().string(containsString("40,000.00")))
                .andExpect(content().string(containsString("href=\"/allocations/" + allocationId + "\"")))
                .andExpect(content().string(containsString(campaign.name())))
                .andExpect(content().string(containsString("赵敏")));

        JournalEntry reversal = ledger.reverse(commitment.id(), "名单有误", demo.userId("finance"));
        mvc.perform(get("/ledger/entries/{id}", commitment.id()).with(demo.as("auditor")))
                .andExpect(content().string(containsString("href=\"/ledger/entries/" + reversal.id() + "\"")))
                .andExpect(content().string(containsString("payment_list")));
        mvc.perform(get("/ledger/entries/{id}", reversal.id()).with(demo.as("auditor")))
                .andExpect(content().string(containsString("href=\"/ledger/entries/" + commitment.id() + "\"")))
                .andExpect(content().string(containsString("名单有误")));
    }

    @Test
    void theAuditorReadsAndVerifiesHisSubtreeOnlyAndSeesNoFormThatMovesMoney() throws Exception {
        String ningbo = String.valueOf(demo.organisationId("ZJ-NB"));
        String html = mvc.perform(get("/ledger").param("union", id(county)).with(demo.as("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Checking a checkpoint file reads and compares only; nothing else on the page posts.
        assertThat(postForms(html)).containsExactlyInAnyOrder("/ledger/verify", "/ledger/checkpoint/verify", "/logout");
        mvc.perform(get("/ledger").with(demo.as("auditor"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("杭州市总工会")));

        mvc.perform(get("/ledger").param("union", ningbo).with(demo.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(post("/ledger/verify").param("union", ningbo).with(csrf()).with(demo.as("auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/ledger/export").param("union", ningbo).with(demo.as("auditor")))
                .andExpect(status().isForbidden());
        // 西湖区's finance: its own union by default, its sibling 余杭区 and the test county refused, and logged.
        long denied = demo.auditCount("finance", "ACCESS", "DENIED");
        mvc.perform(get("/ledger").with(demo.as("finance"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("西湖区总工会")));
        mvc.perform(get("/ledger").param("union", String.valueOf(demo.organisationId("ZJ-HZ-YH")))
                .with(demo.as("finance"))).andExpect(status().isForbidden());
        mvc.perform(get("/ledger").param("union", id(county)).with(demo.as("finance")))
                .andExpect(status().isForbidden());
        assertThat(demo.auditCount("finance", "ACCESS", "DENIED")).isEqualTo(denied + 2);
    }

    @Test
    void anEntryOfAnotherSubtreeIsRefused() throws Exception {
        long ningbo = demo.organisationId("ZJ-NB");
        Money amount = Money.yuan("800");
        JournalEntry elsewhere = ledger.post(JournalEntryDraft.of(EntryKind.RECEIPT, new DocumentRef("fund_receipt", 1),
                "宁波", JournalLine.of(ningbo, AccountKind.RECEIVED, FundSource.OWN_UNION_FUNDS, PURPOSE, amount.negated()),
                JournalLine.of(ningbo, AccountKind.AVAILABLE, FundSource.OWN_UNION_FUNDS, PURPOSE, amount)),
                demo.userId("admin"));
        long countyEntry = postings(Map.of()).get(0).entryId();

        mvc.perform(get("/ledger/entries/{id}", elsewhere.id()).with(demo.as("auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/ledger/entries/{id}", countyEntry).with(demo.as("finance")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/ledger/entries/{id}", elsewhere.id()).with(demo.as("admin")))
                .andExpect(status().isOk());
    }

    @Test
    void clerksAndReviewersHaveNoLedgerAndNoMenuEntryForIt() throws Exception {
        for (String login : List.of("clerk", "reviewer")) {
            mvc.perform(get("/ledger").with(demo.as(login))).andExpect(status().isForbidden());
            mvc.perform(get("/ledger/export").with(demo.as(login))).andExpect(status().isForbidden());
            mvc.perform(get("/ledger/entries/{id}", commitment.id()).with(demo.as(login)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/").with(demo.as(login)))
                    .andExpect(content().string(not(containsString("href=\"/ledger\""))));
        }
        mvc.perform(get("/").with(demo.as("finance"))).andExpect(content().string(containsString("href=\"/ledger\"")));
    }

    @SuppressWarnings("unchecked")
    private List<Posting> postings(Map<String, String> filters) throws Exception {
        var request = get("/ledger").param("union", id(county));
        filters.forEach(request::param);
        MvcResult result = mvc.perform(request.with(demo.as("auditor"))).andExpect(status().isOk()).andReturn();
        return ((Page<Posting>) result.getModelAndView().getModel().get("page")).getContent();
    }

    /** The actions of the forms a page posts. */
    private static List<String> postForms(String html) {
        List<String> actions = new ArrayList<>();
        Matcher form = Pattern.compile("<form[^>]*>").matcher(html);
        while (form.find()) {
            if (form.group().contains("method=\"post\"")) {
                Matcher action = Pattern.compile("action=\"([^\"]*)\"").matcher(form.group());
                actions.add(action.find() ? action.group(1) : "");
            }
        }
        return actions;
    }

    private Actor at(Organisation union, String login, Role... roles) {
        return new Actor(demo.userId(login), login, union.getId(), union.path(), Set.of(roles), "127.0.0.1");
    }

    private static OrganisationDetails details(String code, String name, OrganisationType type) {
        return new OrganisationDetails(code, name, type, new RegionCode("330106"), false, null, null);
    }

    private static String id(Organisation union) {
        return String.valueOf(union.getId());
    }

    private static Money yuan(String amount) {
        return Money.yuan(amount);
    }
}
