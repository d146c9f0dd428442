package org.unionaid.web.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.disbursement.BatchLine;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.LineRefusal;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.hardship.ExitReason;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Two households' files on one bank card, as data written before the card claims existed may hold them
 * (V39 left the newer file unclaimed): neither is paid, when a batch is filled or when it is approved, until the
 * duplicate is resolved. Specifies R-CARD-02 (docs/rules.md).
 */
@WebIntegrationTest
@Transactional
class SharedCardPaymentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    FundIntake intake;

    @Autowired
    Disbursement disbursement;

    @Autowired
    FileRegistration registration;

    @Autowired
    ApprovedFiles files;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager em;

    /** A campaign of the district paying 2,000 元 condolence to 深度困难 households, with the money for it. */
    private Campaign condolenceCampaign(String name) {
        LocalDate today = LocalDate.now(clock);
        Campaign campaign = campaigns.create(demo.actor("approver"), new CampaignDraft(name + UUID.randomUUID(),
                today.getYear(), today.minusDays(1), today.plusDays(30), today.plusDays(40), null,
                Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "2000")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS))));
        intake.record(demo.actor("finance"), new ReceiptDraft(campaign.id(), FundSource.OWN_UNION_FUNDS,
                FundPurpose.CONDOLENCE, "10000000", today, "GF-" + UUID.randomUUID().toString().substring(0, 8), null,
                null, null));
        return campaign;
    }

    /** A batch made through the pages by finance. */
    private long newBatch(Campaign campaign) throws Exception {
        String location = mvc.perform(post("/batches").with(demo.as("finance")).with(csrf())
                        .param("campaign", String.valueOf(campaign.id())).param("source", "OWN_UNION_FUNDS")
                        .param("purpose", "CONDOLENCE").param("method", "BANK_TRANSFER"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Fills the batch with the district's 深度困难 households through the page; the households it refused. */
    @SuppressWarnings("unchecked")
    private List<LineRefusal> fill(long batch) throws Exception {
        return (List<LineRefusal>) mvc.perform(post("/batches/{id}/fill", batch).with(demo.as("finance")).with(csrf())
                        .param("category", "DEEP"))
                .andExpect(flash().attribute("success", "batch.filled")).andReturn().getFlashMap().get("refused");
    }

    private static List<String> reasonsFor(List<LineRefusal> refused, HardshipFile... households) {
        List<Long> ids = Arrays.stream(households).map(HardshipFile::getId).toList();
        return refused.stream().filter(r -> ids.contains(r.fileId())).map(LineRefusal::messageKey).toList();
    }

    private List<Long> filesIn(long batch) {
        return disbursement.lines(demo.actor("finance"), batch).stream().map(BatchLine::fileId).toList();
    }

    /** What data written before V39 may hold: the newer file on the older one's card, which only the older claims. */
    private void putOnTheCardOf(HardshipFile older, HardshipFile newer) {
        em.flush();
        jdbc.sql("delete from active_card_claim where file_id = :newer").param("newer", newer.getId()).update();
        jdbc.sql("""
                update hardship_file n
                   set bank_card_sealed = o.bank_card_sealed, bank_card_index = o.bank_card_index,
                       bank_card_masked = o.bank_card_masked
                  from hardship_file o
                 where o.id = :older and n.id = :newer""")
                .param("older", older.getId()).param("newer", newer.getId()).update();
        em.clear();
    }

    // R-CARD-02
    @Test
    void aCardOnTwoActiveFilesPaysNeitherAtFillNorAtApprovalUntilTheDuplicateIsClosed() throws Exception {
        HardshipFile older = files.approvedWithCard("共卡甲", FileLevel.COUNTY);
        HardshipFile newer = files.approvedWithCard("共卡乙", FileLevel.COUNTY);
        long filledBefore = newBatch(condolenceCampaign("一卡一户"));
        assertThat(reasonsFor(fill(filledBefore), older, newer)).isEmpty();
        assertThat(filesIn(filledBefore)).contains(older.getId(), newer.getId());

        putOnTheCardOf(older, newer);

        mvc.perform(post("/batches/{id}/approve", filledBefore).with(demo.as("approver")).with(csrf()))
                .andExpect(flash().attribute("error", "payment.approve.linesRefused"));
        assertThat(disbursement.problems(demo.actor("finance"), filledBefore).values())
                .filteredOn(problem -> problem.fileId() == older.getId() || problem.fileId() == newer.getId())
                .extracting(LineRefusal::messageKey)
                .containsExactly("payment.refused.cardOnAnotherFile", "payment.refused.cardOnAnotherFile");
        mvc.perform(get("/batches/{id}", filledBefore).param("name", "共卡").with(demo.as("finance")))
                .andExpect(content().string(containsString("该户的银行卡也登记在另一户在档档案上")))
                .andExpect(content().string(containsString("R-CARD-02")));

        long filledAfter = newBatch(condolenceCampaign("一卡一户后"));
        assertThat(reasonsFor(fill(filledAfter), older, newer))
                .containsExactly("payment.refused.cardOnAnotherFile", "payment.refused.cardOnAnotherFile");
        assertThat(filesIn(filledAfter)).doesNotContain(older.getId(), newer.getId());

        registration.exit(demo.actor("approver"), newer.getId(), ExitReason.DUPLICATE, "与共卡甲重复建档");
        em.flush();
        long line = disbursement.lines(demo.actor("finance"), filledBefore).stream()
                .filter(l -> l.fileId() == newer.getId()).findFirst().orElseThrow().id();
        mvc.perform(post("/batches/{id}/lines/{line}/remove", filledBefore, line).with(demo.as("finance")).with(csrf()))
                .andExpect(flash().attribute("success", "batch.lineRemoved"));
        mvc.perform(post("/batches/{id}/approve", filledBefore).with(demo.as("approver")).with(csrf()))
                .andExpect(flash().attribute("success", "batch.approved"));
        assertThat(filesIn(filledBefore)).contains(older.getId()).doesNotContain(newer.getId());
    }
}
