package org.unionaid.web.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.campaign.CampaignClosing;
import org.unionaid.domain.campaign.CampaignDraft;
import org.unionaid.domain.funds.Allocating;
import org.unionaid.domain.funds.AllocationDraft;
import org.unionaid.domain.funds.BalanceTransferring;
import org.unionaid.domain.funds.FundIntake;
import org.unionaid.domain.funds.MatchDraft;
import org.unionaid.domain.funds.MatchingSource;
import org.unionaid.domain.funds.ReceiptDraft;
import org.unionaid.domain.funds.TransferRequest;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.recipient.RecipientGroup;
import org.unionaid.domain.security.Actor;
import org.unionaid.web.shared.MovableClock;

/**
 * The district's send-warmth campaign with money in its ledger: finance money, own funds and donations
 * received, an allocation to the tea company's union and part of its 1:1 match, booked with its voucher and
 * its origin (R-MATCH-03). The match is due in twenty days; from the day after, the 12,000 still owed holds
 * the allocated money until it is matched (R-MATCH-02).
 * And an earlier campaign of the
 * district, built on the days it happened (the clock is moved, so every gate applies): money received, the
 * campaign over and closed, and part of its leftover moved to daily assistance on a chair's office meeting
 * decision with its minutes, requested by finance and approved by the approver (R-FUND-02, R-FUND-04 …).
 */
@Component
@ConditionalOnProperty(name = "unionaid.demo-data.enabled", havingValue = "true")
class DemoFunds {

    private final CampaignAdministration campaigns;
    private final FundIntake intake;
    private final Allocating allocating;
    private final CampaignClosing closing;
    private final BalanceTransferring transfers;
    private final MovableClock clock;

    DemoFunds(CampaignAdministration campaigns, FundIntake intake, Allocating allocating, CampaignClosing closing,
            BalanceTransferring transfers, MovableClock clock) {
        this.campaigns = campaigns;
        this.intake = intake;
        this.allocating = allocating;
        this.closing = closing;
        this.transfers = transfers;
        this.clock = clock;
    }

    void load(Actor approver, Actor districtFinance, Actor teaFinance, long teaUnion) {
        LocalDate today = LocalDate.now(clock);
        loadClosedCampaign(approver, districtFinance, today);
        Map<HardshipCategory, Map<FundPurpose, String>> standards = new EnumMap<>(HardshipCategory.class);
        standards.put(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "2000", FundPurpose.LIVING, "3000"));
        standards.put(HardshipCategory.RELATIVE, Map.of(FundPurpose.CONDOLENCE, "1000"));
        standards.put(HardshipCategory.ACCIDENT, Map.of(FundPurpose.CONDOLENCE, "1500"));
        Set<FundSource> condolence = EnumSet.of(FundSource.OWN_UNION_FUNDS, FundSource.PARTY_DUES,
                FundSource.UNIT_DONATION, FundSource.PERSONAL_DONATION, FundSource.SOCIAL_DONATION, FundSource.MATCHING);
        Set<FundSource> living = EnumSet.of(FundSource.CENTRAL_SPECIAL, FundSource.PROVINCIAL_SPECIAL,
                FundSource.LOCAL_FINANCE, FundSource.OWN_UNION_FUNDS);
        Campaign campaign = campaigns.create(approver, new CampaignDraft(
                (today.getYear() + 1) + "年元旦春节送温暖活动", today.getYear() + 1, today.minusDays(7),
                today.plusMonths(3), today.plusMonths(3).plusDays(10), "800", standards,
                Map.of(FundPurpose.CONDOLENCE, condolence, FundPurpose.LIVING, living), null,
                // R-STAT-07: what the named groups receive, never from finance money (R-STAT-05)
                Map.of(RecipientGroup.MODEL_WORKER, Map.of(FundPurpose.CONDOLENCE, "1000"),
                        RecipientGroup.PARTY_MEMBER, Map.of(FundPurpose.CONDOLENCE, "800"))));
        receive(districtFinance, campaign, FundSource.CENTRAL_SPECIAL, FundPurpose.LIVING, "100000", "财社〔2026〕88号",
                null, today.minusDays(6));
        receive(districtFinance, campaign, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "150000", "西工经〔2026〕12号",
                null, today.minusDays(6));
        receive(districtFinance, campaign, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, "50000", "JZ-2026-001",
                "西湖电子集团有限公司", today.minusDays(3));
        receive(districtFinance, campaign, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, "30000", "JZ-2026-002",
                "杭州西湖龙井茶业有限公司", today.minusDays(3));
        receive(districtFinance, campaign, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, "20000", "JZ-2026-003",
                "杭州西湖龙井茶业有限公司", today.minusDays(1));
        receive(districtFinance, campaign, FundSource.PERSONAL_DONATION, FundPurpose.CONDOLENCE, "1000", "JZ-2026-004",
                "周晓燕", today.minusDays(1));
        long allocation = allocating.allocate(districtFinance, new AllocationDraft(campaign.id(),
                FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "1", null, today.plusDays(20), "元旦春节慰问金",
                UUID.randomUUID(), Map.of(teaUnion, "20000"))).allocationIds().get(0);
        allocating.recordMatch(teaFinance, allocation, new MatchDraft("8000", today, "LJ-记-2026-118",
                MatchingSource.UNION_FUNDS, "工会经费配套", UUID.randomUUID()));
    }

    /** Last summer's campaign: received in June, over at the end of July, closed, its leftover partly moved on. */
    private void loadClosedCampaign(Actor approver, Actor finance, LocalDate today) {
        LocalDate starts = today.minusMonths(6).withDayOfMonth(1);
        LocalDate ends = starts.plusMonths(1).minusDays(1);
        Campaign summer;
        try (MovableClock.Moved opened = clock.moveTo(starts)) {
            summer = campaigns.create(approver, new CampaignDraft(starts.getYear() + "年夏季送清凉慰问活动",
                    starts.getYear(), starts, ends, ends.plusDays(10), null,
                    Map.of(HardshipCategory.DEEP, Map.of(FundPurpose.CONDOLENCE, "500")),
                    Map.of(FundPurpose.CONDOLENCE, EnumSet.of(FundSource.OWN_UNION_FUNDS))));
            receive(finance, summer, FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, "20000", "西工经〔" + starts
                    .getYear() + "〕6号", null, starts);
        }
        LocalDate closed = ends.plusDays(3);
        try (MovableClock.Moved closedDay = clock.moveTo(closed)) {
            closing.close(approver, summer.id());
        }
        LocalDate meeting = closed.plusDays(4);
        try (MovableClock.Moved decided = clock.moveTo(meeting)) {
            long transfer = transfers.request(finance, new TransferRequest(summer.id(), FundSource.OWN_UNION_FUNDS,
                    FundPurpose.CONDOLENCE, "12000", "西工办〔" + meeting.getYear() + "〕9号", meeting,
                    "主席办公会议纪要（第9次）.pdf", MINUTES)).id();
            transfers.approve(approver, transfer);
        }
    }

    /** The minutes of the demo meeting: a PDF by its first bytes, as the transfer requires (R-FUND-07). */
    private static final byte[] MINUTES = ("%PDF-1.4\n% 西湖区总工会主席办公会议纪要（演示数据）\n"
            + "会议研究决定：夏季送清凉慰问活动结余 12,000 元转入日常帮扶。\n%%EOF\n").getBytes(StandardCharsets.UTF_8);

    private void receive(Actor finance, Campaign campaign, FundSource source, FundPurpose purpose, String amount,
            String number, String donor, LocalDate on) {
        intake.record(finance, new ReceiptDraft(campaign.id(), source, purpose, amount, on, number, null, donor, null));
    }
}
