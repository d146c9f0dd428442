package org.unionaid.web.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.funds.Allocating;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

@WebIntegrationTest
@Transactional
class FundsPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    Allocating allocating;

    @Autowired
    Ledger ledger;

    @Autowired
    Clock clock;

    private Campaign campaign() {
        LocalDate today = LocalDate.now(clock);
        return campaigns.create(demo.actor("approver"), new CampaignDraft("页面" + UUID.randomUUID(), today.getYear(),
                today.minusDays(10), today.plusDays(30), today.plusDays(40), null, Map.of(),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS, FundSource.UNIT_DONATION))));
    }

    @Test
    void financeRecordsDonationsThatTheBoardAndItsWorkbookRankByDonor() throws Exception {
        Campaign campaign = campaign();
        for (String[] donation : new String[][] {{"JZ-1", "西湖电子集团", "8,000"}, {"JZ-2", "龙井茶业", "5000"},
                {"JZ-3", "龙井茶业", "4000"}}) {
            mvc.perform(post("/campaigns/{id}/receipts", campaign.id()).with(demo.as("finance")).with(csrf())
                    .param("source", "UNIT_DONATION").param("purpose", "CONDOLENCE").param("amount", donation[2])
                    .param("receivedOn", LocalDate.now(clock).toString()).param("receiptNumber", donation[0])
                    .param("donorName", donation[1]))
                    .andExpect(flash().attribute("success", "funds.receipt.recorded"));
        }
        mvc.perform(post("/campaigns/{id}/receipts", campaign.id()).with(demo.as("finance")).with(csrf())
                .param("source", "UNIT_DONATION").param("amount", "1").param("receivedOn", LocalDate.now(clock).toString())
                .param("receiptNumber", "JZ-9")).andExpect(flash().attribute("error", "funds.donor.required"));

        mvc.perform(get("/campaigns/{id}", campaign.id()).with(demo.as("xihu.admin")))
                .andExpect(content().string(containsString("龙井茶业")));
        byte[] workbook = mvc.perform(get("/campaigns/{id}/donations.xlsx", campaign.id()).with(demo.as("finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("龙井茶业");
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(9000.0);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("西湖电子集团");
        }
        mvc.perform(get("/campaigns/{id}/donations.xlsx", campaign.id()).with(demo.as("yuhang.admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/campaigns/{id}/receipts", campaign.id()).with(demo.as("clerk")).with(csrf())
                .param("source", "OWN_UNION_FUNDS").param("amount", "1")).andExpect(status().isForbidden());
    }

    @Test
    void anAllocationFormSentTwiceAllocatesOnceAndTheChildRecordsItsMatch() throws Exception {
        Campaign campaign = campaign();
        mvc.perform(post("/campaigns/{id}/receipts", campaign.id()).with(demo.as("finance")).with(csrf())
                .param("source", "OWN_UNION_FUNDS").param("purpose", "CONDOLENCE").param("amount", "30000")
                .param("receivedOn", LocalDate.now(clock).toString()).param("receiptNumber", "PZ-" + campaign.id()));
        long tea = demo.organisationId("ZJ-HZ-XH-LJ");
        Money before = ledger.balance(tea, AccountKind.AVAILABLE, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE);
        String key = UUID.randomUUID().toString();
        for (String expected : new String[] {"funds.allocated", "funds.allocation.repeated"}) {
            mvc.perform(post("/campaigns/{id}/allocations", campaign.id()).with(demo.as("finance")).with(csrf())
                    .param("source", "OWN_UNION_FUNDS").param("purpose", "CONDOLENCE").param("matchingRatio", "1")
                    .param("matchDueOn", LocalDate.now(clock).plusDays(20).toString()).param("requestKey", key)
                    .param("amount_" + tea, "10,000"))
                    .andExpect(flash().attribute("success", expected));
        }
        assertThat(ledger.balance(tea, AccountKind.AVAILABLE, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE))
                .isEqualTo(before.plus(Money.yuan("10000")));
        long allocation = allocating.ofOwnUnion(demo.actor("finance")).stream()
                .filter(a -> a.campaignId() == campaign.id()).findFirst().orElseThrow().id();

        mvc.perform(get("/allocations/{id}", allocation).with(demo.as("lj.finance")))
                .andExpect(content().string(containsString("10000.00")));
        mvc.perform(post("/allocations/{id}/matches", allocation).with(demo.as("lj.finance")).with(csrf())
                .param("amount", "4000").param("receivedOn", LocalDate.now(clock).toString())
                .param("voucherNumber", "LJ-PZ-" + campaign.id()).param("source", "PARTY_DUES")
                .param("requestKey", UUID.randomUUID().toString()))
                .andExpect(flash().attribute("success", "funds.match.recorded"));
        assertThat(allocating.view(demo.actor("finance"), allocation).shortfall()).isEqualTo(Money.yuan("6000"));
        mvc.perform(get("/allocations").with(demo.as("finance"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("6000.00")));
        mvc.perform(get("/allocations/{id}", allocation).with(demo.as("yuhang.admin"))).andExpect(status().isForbidden());
    }
}
