package org.unionaid.persistence.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.persistence.testsupport.PersistenceTest;

/** Specifies R-ANOM-22, R-ANOM-23 and R-ANOM-24 on hand-built allocations, matching and transfers. */
@PersistenceTest
class FundChecksTest extends RuleTestBase {

    @Autowired
    FundChecks.MatchingShortfall matchingShortfall;
    @Autowired
    FundChecks.LeftoverToDaily leftoverToDaily;
    @Autowired
    FundChecks.AllocationUnspent allocationUnspent;

    @Test // R-ANOM-22
    void matchingShortAfterItsDueDayIsAHit() {
        long short_ = data.allocation(campaign, city, county, "UPPER_UNION", "LIVING", "1000", "1", day(2026, 11, 1));
        data.matching(short_, "600");
        long full = data.allocation(campaign, city, otherCounty, "UPPER_UNION", "LIVING", "1000", "1", day(2026, 11, 1));
        data.matching(full, "1000");
        data.allocation(campaign, city, county, "UPPER_UNION", "MEDICAL", "1000", "1", day(2026, 12, 31));
        data.allocation(campaign, city, otherCounty, "UPPER_UNION", "MEDICAL", "1000", "0", null);

        assertThat(hits(matchingShortfall)).singleElement().satisfies(h -> {
            assertThat(h.key()).isEqualTo("allocation:" + short_);
            assertThat(h.unionId()).isEqualTo(county.getId());
            assertThat(h.evidence()).containsEntry("shortfallAmount", new BigDecimal("400.00"))
                    .containsEntry("daysOverdue", new BigDecimal("32"));
        });
    }

    @Test // R-ANOM-23
    void everyApprovedMoveToDailyAssistanceIsAHitToCheckItsDecision() {
        long moved = data.transfer(county, campaign, "OWN_UNION_FUNDS", "LIVING", "800", true);
        data.transfer(otherCounty, campaign, "OWN_UNION_FUNDS", "LIVING", "800", false);

        assertThat(hits(leftoverToDaily)).singleElement().satisfies(h -> {
            assertThat(h.key()).isEqualTo("transfer:" + moved);
            assertThat(h.evidence()).containsEntry("decisionNumber", "主席办公会〔2026〕3号")
                    .containsEntry("beforeCampaignEnd", Boolean.TRUE);
        });
    }

    @Test // R-ANOM-24
    void moneyAllocatedForACampaignAndUnspentAfterItEndedIsAHit() {
        long ended = data.campaign(city, day(2026, 1, 1), day(2026, 9, 30));
        long recent = data.campaign(city, day(2026, 10, 1), day(2026, 11, 20));
        Organisation farBase = data.child(otherCounty, "乙基层", OrganisationType.BASE);
        long toCounty = data.allocation(ended, city, county, "UPPER_UNION", "LIVING", "1000", "0", null);
        data.allocation(ended, city, otherCounty, "UPPER_UNION", "LIVING", "500", "0", null);
        data.allocation(ended, otherCounty, farBase, "UPPER_UNION", "LIVING", "500", "0", null);
        data.allocation(recent, city, county, "UPPER_UNION", "LIVING", "700", "0", null);
        long household = data.file(base, "户", Map.of());
        long farHousehold = data.file(farBase, "乙户", Map.of());
        data.line(data.batch(ended, county, "BANK_TRANSFER", "UPPER_UNION", "LIVING", day(2026, 2, 1)), household,
                "300", "PAID");
        data.line(data.batch(ended, county, "BANK_TRANSFER", "UPPER_UNION", "LIVING", day(2026, 2, 1)), household,
                "200", "FAILED");
        data.line(data.batch(ended, farBase, "CASH", "UPPER_UNION", "LIVING", day(2026, 2, 1)), farHousehold, "500",
                "PAID");

        assertThat(hits(allocationUnspent)).singleElement().satisfies(h -> {
            assertThat(h.unionId()).isEqualTo(county.getId());
            assertThat(h.records()).extracting(Object::toString).containsExactly("allocation/" + toCounty);
            assertThat(h.amount()).isEqualByComparingTo("700");
            assertThat(h.evidence()).containsEntry("paidAmount", new BigDecimal("300.00"));
        });
    }
}
