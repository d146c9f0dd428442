package org.unionaid.persistence.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionaid.domain.anomaly.AnomalyCheck;
import org.unionaid.domain.anomaly.Hit;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.persistence.testsupport.PersistenceTest;

/**
 * Specifies R-ANOM-22, R-ANOM-23 and R-ANOM-24 on hand-built allocations, matching, closings, transfers and the
 * ledger's ring-fenced balances.
 */
@PersistenceTest
class FundChecksTest extends RuleTestBase {

    @Autowired
    FundChecks.MatchingShortfall matchingShortfall;
    @Autowired
    FundChecks.LeftoverToDaily leftoverToDaily;
    @Autowired
    FundChecks.AllocationUnspent allocationUnspent;

    @Test // R-ANOM-22
    void matchingShortAfterItsDeadlineIsAHitWithWhatLeftTheHeldAccount() {
        long short_ = data.allocation(campaign, city, county, "UPPER_UNION", "LIVING", "1000", "1", day(2026, 11, 1));
        data.matching(short_, "600");
        long full = data.allocation(campaign, city, otherCounty, "UPPER_UNION", "LIVING", "1000", "1", day(2026, 11, 1));
        data.matching(full, "1000");
        data.allocation(campaign, city, county, "UPPER_UNION", "MEDICAL", "1000", "1", day(2026, 12, 3));
        data.allocation(campaign, city, otherCounty, "UPPER_UNION", "MEDICAL", "1000", "0", null);
        // An explained ratio below 1:1 still owes amount × ratio (R-MATCH-01).
        long half = data.allocation(campaign, city, otherCounty, "UPPER_UNION", "EDUCATION", "1000", "0.5",
                day(2026, 12, 2));
        // What left the county's UPPER_UNION · LIVING account: before the deadline (the day after the due day) and
        // from other accounts it was free to; after it, the gate held it (R-MATCH-02).
        paidBy(county, "UPPER_UNION", day(2026, 10, 20), "100");
        paidBy(county, "UPPER_UNION", day(2026, 11, 1), "50");
        long held = paidBy(county, "UPPER_UNION", day(2026, 11, 15), "200");
        data.line(held, data.file(base, "退回", Map.of()), "70", "FAILED");
        paidBy(county, "OWN_UNION_FUNDS", day(2026, 11, 20), "300");
        long onward = data.allocation(campaign, county, base, "UPPER_UNION", "LIVING", "150", "1", day(2026, 12, 31));
        data.set("allocation", onward, Map.of("created_at", AnomalyData.noon(day(2026, 11, 10))));

        assertThat(RuleRun.records(hits(matchingShortfall))).containsOnlyKeys("allocation:" + short_,
                "allocation:" + half);
        assertThat(hit(matchingShortfall, "allocation:" + short_)).satisfies(h -> {
            assertThat(h.unionId()).isEqualTo(county.getId());
            assertThat(h.evidence()).containsEntry("shortfallAmount", new BigDecimal("400.00"))
                    .containsEntry("daysOverdue", new BigDecimal("32"))
                    .containsEntry("spentWhileHeldAmount", new BigDecimal("350.00"))
                    .doesNotContainKey("ratioReason");
        });
        assertThat(hit(matchingShortfall, "allocation:" + half).evidence())
                .containsEntry("shortfallAmount", new BigDecimal("500.00"))
                .containsEntry("daysOverdue", new BigDecimal("1")).containsKey("ratioReason")
                .containsEntry("spentWhileHeldAmount", new BigDecimal("0"));
    }

    @Test // R-ANOM-23
    void everyApprovedLeftoverTransferIsAHitWithItsClosingAndMinutes() throws Exception {
        long ended = data.campaign(city, day(2026, 1, 1), day(2026, 9, 30));
        // PostgreSQL takes a transfer only from a closed campaign, on a meeting on or after the closing (V41).
        refusedBy("R-FUND-04", () -> data.transfer(county, ended, "OWN_UNION_FUNDS", "LIVING", "800", false,
                day(2026, 10, 10), true, 0));
        data.close(ended, day(2026, 10, 8));
        refusedBy("R-FUND-05", () -> data.transfer(county, ended, "OWN_UNION_FUNDS", "LIVING", "800", false,
                day(2026, 10, 7), true, 0));
        long moved = data.transfer(county, ended, "OWN_UNION_FUNDS", "LIVING", "800", true, day(2026, 10, 10), true, 1);
        // Minutes only the transfer rules require (R-FUND-07).
        long bare = data.transfer(otherCounty, ended, "OWN_UNION_FUNDS", "LIVING", "300", true, day(2026, 10, 12),
                false, 2);
        data.transfer(base, ended, "OWN_UNION_FUNDS", "LIVING", "800", false, day(2026, 10, 10), true, 0);

        assertThat(RuleRun.records(hits(leftoverToDaily))).containsOnlyKeys("transfer:" + moved, "transfer:" + bare);
        assertThat(hit(leftoverToDaily, "transfer:" + moved).evidence())
                .containsEntry("decisionNumber", "主席办公会〔2026〕3号").containsEntry("decisionOn", "2026-10-10")
                .containsEntry("campaignClosedOn", "2026-10-08").containsEntry("beforeClosing", Boolean.FALSE)
                .containsEntry("minutesKept", Boolean.TRUE);
        assertThat(hit(leftoverToDaily, "transfer:" + bare).evidence()).containsEntry("minutesKept", Boolean.FALSE);
    }

    @Test // R-ANOM-24
    void moneyAllocatedForACampaignAndLeftInItsPoolAfterTheClosingIsAHit() {
        long ended = data.campaign(city, day(2026, 1, 1), day(2026, 9, 30));
        long closedLate = data.campaign(city, day(2026, 5, 1), day(2026, 6, 30));
        long neverClosed = data.campaign(city, day(2026, 3, 1), day(2026, 6, 30));
        Organisation farBase = data.child(otherCounty, "乙基层", OrganisationType.BASE);
        for (long c : new long[] {ended, closedLate, neverClosed}) {
            data.receive(city, c, "UNIT_DONATION", "LIVING", "5000");
        }
        long toCounty = data.allocate(ended, city, county, "UNIT_DONATION", "LIVING", "1000");
        data.allocate(ended, city, otherCounty, "UNIT_DONATION", "LIVING", "500");
        data.allocate(ended, otherCounty, farBase, "UNIT_DONATION", "LIVING", "500");
        data.pay(county, ended, "UNIT_DONATION", "LIVING", "300");
        data.pay(farBase, ended, "UNIT_DONATION", "LIVING", "500");
        data.close(ended, day(2026, 10, 8));
        data.moveToDaily(county, ended, "UNIT_DONATION", "LIVING", "200", day(2026, 10, 9));
        // Ended long ago but closed within the grace days: the leftover cannot have moved before the closing.
        data.allocate(closedLate, city, county, "UNIT_DONATION", "LIVING", "700");
        data.close(closedLate, day(2026, 11, 20));
        // Never closed: judged from its end.
        long stuck = data.allocate(neverClosed, city, otherCounty, "UNIT_DONATION", "LIVING", "400");

        String countys = "unspent:" + county.getId() + ":" + ended + ":UNIT_DONATION:LIVING";
        String otherCountys = "unspent:" + otherCounty.getId() + ":" + neverClosed + ":UNIT_DONATION:LIVING";
        assertThat(RuleRun.records(hits(allocationUnspent))).containsOnly(
                Map.entry(countys, List.of("allocation/" + toCounty)),
                Map.entry(otherCountys, List.of("allocation/" + stuck)));
        assertThat(hit(allocationUnspent, countys)).satisfies(h -> {
            assertThat(h.unionId()).isEqualTo(county.getId());
            assertThat(h.amount()).isEqualByComparingTo("500");
            assertThat(h.evidence()).containsEntry("receivedAmount", new BigDecimal("1000.00"))
                    .containsEntry("campaignClosedOn", "2026-10-08");
        });
        assertThat(hit(allocationUnspent, otherCountys).evidence()).doesNotContainKey("campaignClosedOn")
                .containsEntry("unspentAmount", new BigDecimal("400.00"));
    }

    /** A bank-transfer batch of living aid from {@code source}, approved on {@code day}, with one paid line. */
    private long paidBy(Organisation payer, String source, LocalDate day, String amount) {
        long batch = data.batch(campaign, payer, "BANK_TRANSFER", source, "LIVING", day);
        data.line(batch, data.file(base, "户" + day, Map.of()), amount, "PAID");
        return batch;
    }

    private Hit hit(AnomalyCheck check, String key) {
        return hits(check).stream().filter(h -> h.key().equals(key)).findFirst().orElseThrow();
    }
}
