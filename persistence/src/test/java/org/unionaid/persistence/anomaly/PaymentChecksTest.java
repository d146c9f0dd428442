package org.unionaid.persistence.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionaid.persistence.testsupport.PersistenceTest;

/**
 * Specifies R-ANOM-04, R-ANOM-05, R-ANOM-06 and R-ANOM-07 on hand-built payments: the file as it stood on the day
 * each line was paid — the bank return's import, the handover, else the batch's approval.
 */
@PersistenceTest
class PaymentChecksTest extends RuleTestBase {

    @Autowired
    PaymentChecks.PaidBeforeApproval paidBeforeApproval;
    @Autowired
    PaymentChecks.PaidAfterClosing paidAfterClosing;
    @Autowired
    PaymentChecks.PaidWhileExitProposed paidWhileExitProposed;
    @Autowired
    PaymentChecks.PaidOverdueReverification paidOverdueReverification;

    @Test // R-ANOM-04
    void aLinePaidBeforeItsFileWasApprovedIsAHit() {
        long early = data.file(base, "早付", Map.of("approved_on", day(2026, 11, 20)));
        long sameDay = data.file(base, "当日", Map.of("approved_on", day(2026, 11, 10)));
        long unapproved = data.file(base, "未批", Map.of("status", "SUBMITTED"));
        jdbc.sql("update hardship_file set approved_on = null where id = :id").param("id", unapproved).update();
        long bank = data.batch(campaign, county, "BANK_TRANSFER", "OWN_UNION_FUNDS", "CONDOLENCE", day(2026, 11, 1));
        long earlyLine = data.line(bank, early, "500", "PAID");
        long sameDayLine = data.line(bank, sameDay, "500", "PAID");
        data.line(bank, unapproved, "500", "FAILED");
        data.settle(bank, day(2026, 11, 10), earlyLine, sameDayLine);
        long handed = data.file(base, "现金", Map.of("approved_on", day(2026, 11, 6)));
        long cash = data.batch(campaign, county, "CASH", "OWN_UNION_FUNDS", "LIVING", day(2026, 11, 1));
        long cashLine = data.line(cash, handed, "300", "PAID");
        data.handover(cashLine, day(2026, 11, 5));

        assertThat(RuleRun.records(hits(paidBeforeApproval))).containsOnlyKeys("line:" + earlyLine, "line:" + cashLine)
                .containsEntry("line:" + earlyLine, java.util.List.of(line(earlyLine), file(early)));
        assertThat(hits(paidBeforeApproval)).allSatisfy(h -> assertThat(h.unionId()).isEqualTo(county.getId()));
    }

    @Test // R-ANOM-05
    void aLinePaidOnOrAfterItsFileClosedIsAHit() {
        long closedBefore = data.file(base, "已脱困", Map.of("status", "EXITED", "closed_on", day(2026, 11, 5),
                "exit_reason", "RE_EMPLOYED"));
        long closedOnTheDay = data.file(base, "当日注销", Map.of("status", "CANCELLED", "closed_on", day(2026, 11, 10)));
        long closedAfter = data.file(base, "后脱困", Map.of("status", "EXITED", "closed_on", day(2026, 11, 11)));
        long bank = data.batch(campaign, county, "BANK_TRANSFER", "OWN_UNION_FUNDS", "CONDOLENCE", day(2026, 11, 1));
        long a = data.line(bank, closedBefore, "500", "PAID");
        long b = data.line(bank, closedOnTheDay, "500", "PAID");
        long c = data.line(bank, closedAfter, "500", "PAID");
        data.settle(bank, day(2026, 11, 10), a, b, c);

        assertThat(RuleRun.records(hits(paidAfterClosing))).containsOnlyKeys("line:" + a, "line:" + b);
        assertThat(hits(paidAfterClosing)).filteredOn(h -> h.key().equals("line:" + a)).singleElement()
                .satisfies(h -> assertThat(h.evidence()).containsEntry("status", "EXITED")
                        .containsEntry("closedOn", "2026-11-05").containsEntry("paidOn", "2026-11-10"));
    }

    @Test // R-ANOM-06
    void aLinePaidAfterSixMonthsAboveTheStandardUndecidedIsAHit() {
        data.livingStandard("330106", 2026, "1000");
        long proposed = data.file(base, "高收入", Map.of());
        long rejected = data.file(base, "已否决", Map.of());
        long fiveMonths = data.file(base, "五个月", Map.of());
        for (int month = 5; month <= 10; month++) {
            data.income(proposed, day(2026, month, 1), "3000", 2);
            data.income(rejected, day(2026, month, 1), "3000", 2);
            data.income(fiveMonths, day(2026, month, 1), month == 5 ? "1800" : "3000", 2);
        }
        data.history(rejected, "EXIT_REJECTED", data.user, day(2026, 11, 2));
        long batch = data.batch(campaign, county, "BANK_TRANSFER", "OWN_UNION_FUNDS", "CONDOLENCE", day(2026, 11, 15));
        long hit = data.line(batch, proposed, "500", "PAID");
        data.line(batch, rejected, "500", "PAID");
        data.line(batch, fiveMonths, "500", "PAID");

        assertThat(hits(paidWhileExitProposed)).singleElement().satisfies(h -> {
            assertThat(h.key()).isEqualTo("line:" + hit);
            assertThat(h.evidence()).containsEntry("monthsAbove", new java.math.BigDecimal("6"))
                    .containsEntry("windowFromOn", "2026-05-01").containsEntry("paidOn", "2026-11-15");
        });
    }

    @Test // R-ANOM-07
    void aLinePaidAYearAfterTheLastVerificationIsAHitEvenWhenVerifiedSince() {
        long overdue = data.file(base, "逾期", Map.of("approved_on", day(2025, 1, 1), "last_verified_on", day(2025, 1, 1)));
        long current = data.file(base, "未逾期", Map.of("approved_on", day(2025, 1, 1),
                "last_verified_on", day(2025, 3, 1)));
        long verifiedSince = data.file(base, "事后复核", Map.of("approved_on", day(2025, 1, 1),
                "last_verified_on", day(2026, 6, 1)));
        data.history(verifiedSince, "REVERIFIED", data.user, day(2026, 6, 1));
        long verifiedBefore = data.file(base, "事前复核", Map.of("approved_on", day(2025, 1, 1),
                "last_verified_on", day(2026, 6, 1)));
        data.history(verifiedBefore, "REVERIFIED", data.user, day(2025, 12, 1));
        data.history(verifiedBefore, "REVERIFIED", data.user, day(2026, 6, 1));
        long batch = data.batch(campaign, county, "BANK_TRANSFER", "OWN_UNION_FUNDS", "CONDOLENCE", day(2026, 2, 1));
        long a = data.line(batch, overdue, "500", "PAID");
        data.line(batch, current, "500", "PAID");
        long c = data.line(batch, verifiedSince, "500", "PAID");
        data.line(batch, verifiedBefore, "500", "PAID");

        assertThat(RuleRun.records(hits(paidOverdueReverification))).containsOnlyKeys("line:" + a, "line:" + c);
        assertThat(hits(paidOverdueReverification)).filteredOn(h -> h.key().equals("line:" + c)).singleElement()
                .satisfies(h -> assertThat(h.evidence()).containsEntry("verifiedOn", "2025-01-01")
                        .containsEntry("dueOn", "2026-01-01"));
    }
}
