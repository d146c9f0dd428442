package org.unionaid.persistence.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionaid.persistence.testsupport.PersistenceTest;

/** Specifies R-ANOM-08, R-ANOM-09 and R-ANOM-10 on hand-built households and their payments. */
@PersistenceTest
class HouseholdChecksTest extends RuleTestBase {

    @Autowired
    HouseholdChecks.PaidByTwoUnions paidByTwoUnions;
    @Autowired
    HouseholdChecks.AboveYearlyCap aboveYearlyCap;
    @Autowired
    HouseholdChecks.CardChangedBeforePayment cardChangedBeforePayment;

    @Test // R-ANOM-08
    void oneHouseholdPaidByTwoUnionsNeitherAboveTheOtherIsAHit() {
        long twice = data.file(base, "两区", Map.of());
        long alongTheTree = data.file(base, "逐级", Map.of());
        long ownCounty = data.batch(campaign, county, "BANK_TRANSFER", "OWN_UNION_FUNDS", "LIVING", day(2026, 11, 1));
        long neighbour = data.batch(campaign, otherCounty, "BANK_TRANSFER", "OWN_UNION_FUNDS", "MEDICAL",
                day(2026, 11, 1));
        long ownBase = data.batch(campaign, base, "CASH", "OWN_UNION_FUNDS", "CONDOLENCE", day(2026, 11, 1));
        long a = data.line(ownCounty, twice, "500", "PAID");
        long b = data.line(neighbour, twice, "400", "PAID");
        data.line(ownCounty, alongTheTree, "500", "PAID");
        data.line(ownBase, alongTheTree, "300", "PAID");
        // a second campaign's payment by the neighbour is not this campaign's
        long other = data.campaign(city, day(2026, 1, 1), day(2026, 2, 28));
        data.line(data.batch(other, otherCounty, "BANK_TRANSFER", "OWN_UNION_FUNDS", "LIVING", day(2026, 2, 1)),
                alongTheTree, "200", "PAID");

        assertThat(hits(paidByTwoUnions)).singleElement().satisfies(h -> {
            assertThat(h.key()).isEqualTo("file:" + twice + ":" + campaign);
            assertThat(h.records()).extracting(Object::toString).containsExactly(line(a), line(b), file(twice));
            assertThat(h.amount()).isEqualByComparingTo("900");
            assertThat(h.unionId()).isEqualTo(base.getId());
            assertThat(h.evidence().get("payers")).asInstanceOf(
                    org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactlyInAnyOrder(county.getName(),
                    otherCounty.getName());
        });
    }

    @Test // R-ANOM-09
    void aHouseholdPaidAboveTheYearlyCapOverEveryCampaignIsAHit() {
        long above = data.file(base, "超限", Map.of());
        long acrossYears = data.file(base, "跨年", Map.of());
        long other = data.campaign(city, day(2026, 1, 1), day(2026, 2, 28));
        long spring = data.batch(other, county, "BANK_TRANSFER", "OWN_UNION_FUNDS", "LIVING", day(2026, 2, 1));
        long winter = data.batch(campaign, otherCounty, "BANK_TRANSFER", "OWN_UNION_FUNDS", "LIVING", day(2026, 12, 1));
        long lastYear = data.batch(data.campaign(city, day(2025, 10, 1), day(2025, 12, 31)), county, "BANK_TRANSFER",
                "OWN_UNION_FUNDS", "LIVING", day(2025, 12, 20));
        long first = data.line(spring, above, "6000", "PAID");
        long second = data.line(winter, above, "5000", "PAID");
        data.line(lastYear, acrossYears, "6000", "PAID");
        data.line(winter, acrossYears, "5000", "PAID");
        data.line(spring, acrossYears, "100", "FAILED");

        assertThat(hits(aboveYearlyCap)).singleElement().satisfies(h -> {
            assertThat(h.key()).isEqualTo("file:" + above + ":2026");
            assertThat(h.records()).extracting(Object::toString).containsExactly(line(first), line(second), file(above));
            assertThat(h.evidence()).containsEntry("paidAmount", new BigDecimal("11000.00"))
                    .containsEntry("capAmount", new BigDecimal("10000.00"));
        });
    }

    @Test // R-ANOM-10
    void aTransferPaidWithinThirtyDaysOfACardChangeIsAHit() {
        long changed = data.file(base, "换卡", Map.of());
        long longAgo = data.file(base, "早换卡", Map.of());
        long cash = data.file(base, "现金", Map.of());
        long clerk = data.user("录入员", base);
        long recent = data.history(changed, "REVISED", clerk, day(2026, 11, 1));
        data.change(recent, "bankCard", "622202******1111", "622202******2222");
        data.change(data.history(longAgo, "REVISED", clerk, day(2026, 9, 1)), "bankCard", "622202******3333",
                "622202******4444");
        data.change(data.history(cash, "REVISED", clerk, day(2026, 11, 1)), "bankCard", "622202******5555",
                "622202******6666");
        data.change(data.history(changed, "OPENED", clerk, day(2026, 1, 1)), "bankCard", null, "622202******1111");
        long bank = data.batch(campaign, county, "BANK_TRANSFER", "OWN_UNION_FUNDS", "CONDOLENCE", day(2026, 11, 15));
        long hit = data.line(bank, changed, "500", "PAID");
        long far = data.line(bank, longAgo, "500", "PAID");
        data.settle(bank, day(2026, 11, 20), hit, far);
        long handed = data.line(data.batch(campaign, county, "CASH", "OWN_UNION_FUNDS", "LIVING", day(2026, 11, 15)),
                cash, "500", "PAID");
        data.handover(handed, day(2026, 11, 20));

        assertThat(hits(cardChangedBeforePayment)).singleElement().satisfies(h -> {
            assertThat(h.key()).isEqualTo("line:" + hit + ":" + recent);
            assertThat(h.evidence()).containsEntry("days", new BigDecimal("19"))
                    .containsEntry("cardBefore", "622202******1111").containsEntry("cardAfter", "622202******2222")
                    .containsEntry("changedBy", "录入员");
        });
    }
}
