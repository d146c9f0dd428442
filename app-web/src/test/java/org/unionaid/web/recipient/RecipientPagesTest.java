package org.unionaid.web.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.disbursement.LineRefusal;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.recipient.RecipientGroup;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestCards;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * The pages of everything the notices count besides files: a model worker recorded by the tea company's clerk and
 * visited by name, an enterprise in difficulty and its visit, and a batch of named recipients filled by group. Each
 * refusal comes back where the user acted.
 */
@WebIntegrationTest
@Transactional
class RecipientPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    CampaignAdministration campaigns;

    @Autowired
    Clock clock;

    private String register(String name, String idNumber, String card) throws Exception {
        MvcResult result = mvc.perform(post("/recipients").with(demo.as("clerk")).with(csrf())
                        .param("union", String.valueOf(demo.organisationId("ZJ-HZ-XH-LJ")))
                        .param("group", "MODEL_WORKER").param("name", name).param("idNumber", idNumber)
                        .param("employer", "龙井茶业").param("honour", "省劳模").param("bank", "ICBC")
                        .param("cardNumber", card))
                .andReturn();
        return result.getResponse().getRedirectedUrl();
    }

    @Test
    void theClerkRecordsAModelWorkerOnceAndRecordsAVisitToHim() throws Exception {
        String idNumber = TestIds.next();
        String page = register("页面劳模", idNumber, TestCards.next());
        assertThat(page).matches("/recipients/\\d+");
        mvc.perform(get(page).with(demo.as("clerk"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("页面劳模")))
                .andExpect(content().string(containsString("劳动模范")))
                .andExpect(content().string(containsString(idNumber.substring(0, 6))));
        mvc.perform(post("/recipients").with(demo.as("clerk")).with(csrf())
                        .param("union", String.valueOf(demo.organisationId("ZJ-HZ-XH-LJ")))
                        .param("group", "PARTY_MEMBER").param("name", "页面劳模").param("idNumber", idNumber))
                .andExpect(flash().attribute("error", "recipient.already"));
        mvc.perform(post(page + "/visits").with(demo.as("clerk")).with(csrf())
                        .param("visitedOn", LocalDate.now(clock).toString()).param("kind", "HOME")
                        .param("visitors", "李娜（工会主席）").param("given", "慰问金"))
                .andExpect(flash().attribute("success", "visit.recorded"));
        mvc.perform(get(page).with(demo.as("clerk"))).andExpect(content().string(containsString("李娜（工会主席）")));
        mvc.perform(get("/recipients").param("group", "MODEL_WORKER").with(demo.as("approver")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("页面劳模")));
        // a sibling district does not see the tea company's list
        mvc.perform(get(page).with(demo.as("yuhang.admin"))).andExpect(status().isForbidden());
    }

    @Test
    void anEnterpriseInDifficultyIsRecordedAndItsVisitSaysWhatItWasGiven() throws Exception {
        String name = "页面困难企业" + UUID.randomUUID().toString().substring(0, 6);
        String page = mvc.perform(post("/enterprises").with(demo.as("approver")).with(csrf())
                        .param("union", String.valueOf(demo.organisationId("ZJ-HZ-XH"))).param("name", name)
                        .param("difficulty", "停产三个月").param("employees", "40"))
                .andExpect(flash().attribute("success", "enterprise.created")).andReturn().getResponse()
                .getRedirectedUrl();
        mvc.perform(post("/enterprises").with(demo.as("approver")).with(csrf())
                        .param("union", String.valueOf(demo.organisationId("ZJ-HZ-XH"))).param("name", name)
                        .param("difficulty", "重复"))
                .andExpect(flash().attribute("error", "enterprise.name.taken"));
        mvc.perform(post(page + "/visits").with(demo.as("approver")).with(csrf())
                        .param("visitedOn", LocalDate.now(clock).toString()).param("visitors", "刘强")
                        .param("cash", "5,000").param("goods", "米、油").param("goodsValue", "1200"))
                .andExpect(flash().attribute("success", "visit.recorded"));
        mvc.perform(get(page).with(demo.as("approver"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("5000.00")))
                .andExpect(content().string(containsString("1200.00")));
        mvc.perform(get("/enterprises").with(demo.as("approver"))).andExpect(content().string(containsString(name)));
    }

    @Test
    void aBatchOfNamedRecipientsIsFilledByGroupAtTheCampaignsStandard() throws Exception {
        register("批次劳模", TestIds.next(), TestCards.next());
        LocalDate today = LocalDate.now(clock);
        Campaign campaign = campaigns.create(demo.actor("approver"), new CampaignDraft("名单批次" + UUID.randomUUID(),
                today.getYear() + 1, today.minusDays(1), today.plusDays(30), today.plusDays(40), null,
                Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "500")),
                Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS)), null,
                Map.of(RecipientGroup.MODEL_WORKER, Map.of(FundPurpose.CONDOLENCE, "1000"))));
        String batch = mvc.perform(post("/batches").with(demo.as("finance")).with(csrf())
                        .param("campaign", String.valueOf(campaign.id())).param("source", "OWN_UNION_FUNDS")
                        .param("purpose", "CONDOLENCE").param("method", "CASH").param("payees", "NAMED"))
                .andExpect(flash().attribute("success", "batch.created")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(batch).with(demo.as("finance"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/fill-named")));
        mvc.perform(post(batch + "/fill").with(demo.as("finance")).with(csrf()).param("category", "DEEP"))
                .andExpect(flash().attribute("error", "batch.payees.named"));
        @SuppressWarnings("unchecked")
        List<LineRefusal> refused = (List<LineRefusal>) mvc.perform(post(batch + "/fill-named").with(demo.as("finance"))
                        .with(csrf()).param("group", "MODEL_WORKER"))
                .andExpect(flash().attribute("success", "batch.filled")).andReturn().getFlashMap().get("refused");
        assertThat(refused).isEmpty();
        mvc.perform(get(batch).with(demo.as("finance"))).andExpect(content().string(containsString("批次劳模")))
                .andExpect(content().string(containsString("1000.00")));
        mvc.perform(get(batch + "/roster.xlsx").with(demo.as("finance"))).andExpect(status().isOk());
    }
}
