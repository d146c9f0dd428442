package org.unionaid.domain.disbursement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.assistance.Delegation;
import org.unionaid.domain.assistance.Visit;
import org.unionaid.domain.assistance.VisitKind;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.Refusal;

/**
 * The rules a cash or goods line passes when it is handed over. Specifies R-HAND-01 (only on a home visit of a
 * delegation of the paying union to that household, on one of its days) and R-HAND-02 (only with the roster the
 * households signed, scanned on the visit's day or later).
 */
class HandoverRulesTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final long DISTRICT = 2;
    private static final long HOUSEHOLD = 40;
    private static final long OTHER_HOUSEHOLD = 41;

    private static final Batch CASH = new Batch(7, 1, "2027年元旦春节送温暖", DISTRICT, "西湖区总工会",
            FundSource.OWN_UNION_FUNDS, FundPurpose.CONDOLENCE, PaymentMethod.CASH, null, Batch.Status.APPROVED, 20,
            21L, 1, Money.yuan("500"), null);
    private static final BatchLine LINE = new BatchLine(70, 7, HOUSEHOLD, "李建华", HardshipCategory.DEEP,
            Money.yuan("500"), Money.yuan("500"), null, "B7-70", LineStatus.PENDING, null, null);

    /** The district's delegation, out from three days ago to a week ahead. */
    private static final Delegation DELEGATION = delegation(5, DISTRICT);

    private static Delegation delegation(long id, long union) {
        return new Delegation(id, union, "西湖区总工会", "周晓燕", "刘强、赵敏", TODAY.minusDays(3), TODAY.plusDays(7), 21);
    }

    private static Visit visit(long delegation, long file, VisitKind kind, LocalDate on) {
        return new Visit(90, 3, file, null, null, on, kind, "周晓燕、刘强、赵敏", "慰问金 500 元", null, delegation, 30,
                Instant.parse("2026-12-03T02:00:00Z"), TODAY);
    }

    /** A roster scan uploaded at {@code when} (UTC). */
    private static Handovers.Scan scan(String when) {
        return new Handovers.Scan(3, 7, "签字花名册.pdf", "application/pdf", 2048, Instant.parse(when));
    }

    private static final Handovers.Scan SCANNED_TODAY = scan("2026-12-03T03:00:00Z");

    private static Optional<String> refusal(Delegation delegation, Visit visit, Handovers.Scan... scans) {
        return HandoverRules.ALL.firstRefusal(new HandoverCase(CASH, LINE, delegation, visit, List.of(scans), BEIJING))
                .map(Refusal::messageKey);
    }

    // R-HAND-01
    // R-HAND-02
    @Test
    void aLineHandedOverOnTheDelegationsHomeVisitWithTheSignedRosterKeptPasses() {
        assertThat(refusal(DELEGATION, visit(5, HOUSEHOLD, VisitKind.HOME, TODAY.minusDays(1)), SCANNED_TODAY)).isEmpty();
    }

    // R-HAND-01
    @Test
    void cashHandedOutWithoutAVisitIsRefusedNamingTheWorker() {
        HandoverCase inTheOffice = new HandoverCase(CASH, LINE, DELEGATION, null, List.of(SCANNED_TODAY), BEIJING);
        Refusal refusal = HandoverRules.ALL.firstRefusal(inTheOffice).orElseThrow();
        assertThat(refusal.messageKey()).isEqualTo("handover.refused.noVisit");
        assertThat(refusal.arguments()).containsExactly("李建华", "周晓燕", TODAY.minusDays(3));
    }

    // R-HAND-01
    @Test
    void aVisitOfAnotherDelegationOrToAnotherHouseholdOrNotAtHomeDoesNotCount() {
        assertThat(refusal(DELEGATION, visit(6, HOUSEHOLD, VisitKind.HOME, TODAY), SCANNED_TODAY))
                .as("another delegation's visit").contains("handover.refused.noVisit");
        assertThat(refusal(DELEGATION, visit(5, OTHER_HOUSEHOLD, VisitKind.HOME, TODAY), SCANNED_TODAY))
                .as("a visit to another household").contains("handover.refused.noVisit");
        assertThat(refusal(DELEGATION, visit(5, HOUSEHOLD, VisitKind.AT_POST, TODAY), SCANNED_TODAY))
                .as("greeted at the post, not at home").contains("handover.refused.noVisit");
        assertThat(refusal(DELEGATION, visit(5, HOUSEHOLD, VisitKind.HOME, TODAY.minusDays(4)), SCANNED_TODAY))
                .as("a day the delegation was not out").contains("handover.refused.noVisit");
    }

    // R-HAND-01
    @Test
    void theDelegationIsOneThePayingUnionSent() {
        Delegation teaCompanys = delegation(8, 3);
        assertThat(refusal(teaCompanys, visit(8, HOUSEHOLD, VisitKind.HOME, TODAY), SCANNED_TODAY))
                .contains("handover.refused.otherUnionsDelegation");
    }

    // R-HAND-02
    @Test
    void withoutTheSignedRosterTheLineIsNotSettled() {
        Refusal refusal = HandoverRules.ALL.firstRefusal(new HandoverCase(CASH, LINE, DELEGATION,
                visit(5, HOUSEHOLD, VisitKind.HOME, TODAY.minusDays(1)), List.of(), BEIJING)).orElseThrow();
        assertThat(refusal.messageKey()).isEqualTo("handover.refused.noSignedRoster");
        assertThat(refusal.arguments()).containsExactly(TODAY.minusDays(1));
    }

    // R-HAND-02
    @Test
    void aScanFromBeforeTheVisitCannotHoldItsSignature() {
        Visit yesterday = visit(5, HOUSEHOLD, VisitKind.HOME, TODAY.minusDays(1));
        assertThat(refusal(DELEGATION, yesterday, scan("2026-12-01T08:00:00Z")))
                .contains("handover.refused.noSignedRoster");
        assertThat(refusal(DELEGATION, yesterday, scan("2026-12-01T08:00:00Z"), SCANNED_TODAY)).isEmpty();
    }

    // R-HAND-02
    @Test
    void theScansDayIsBeijingsDay() {
        Visit onTheSecond = visit(5, HOUSEHOLD, VisitKind.HOME, TODAY.minusDays(1));
        assertThat(refusal(DELEGATION, onTheSecond, scan("2026-12-01T15:59:00Z")))
                .as("23:59 on 1 December in Beijing").contains("handover.refused.noSignedRoster");
        assertThat(refusal(DELEGATION, onTheSecond, scan("2026-12-01T16:00:00Z")))
                .as("00:00 on 2 December in Beijing").isEmpty();
    }
}
