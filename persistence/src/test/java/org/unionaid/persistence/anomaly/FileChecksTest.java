package org.unionaid.persistence.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.persistence.testsupport.PersistenceTest;

/** Specifies R-ANOM-17 to R-ANOM-21 on hand-built files, notices and their histories. */
@PersistenceTest
class FileChecksTest extends RuleTestBase {

    private static final List<String> ALWAYS = List.of("APPLICATION", "ID_COPY", "HOUSEHOLD_REGISTER", "HARDSHIP_PROOF");

    @Autowired
    FileChecks.CategoryAboveIncome categoryAboveIncome;
    @Autowired
    FileChecks.ApprovedWithoutDocuments approvedWithoutDocuments;
    @Autowired
    FileChecks.ApprovedWithoutNotice approvedWithoutNotice;
    @Autowired
    FileChecks.NoticeShortOrLate noticeShortOrLate;
    @Autowired
    FileChecks.MakerIsChecker makerIsChecker;

    private long assessed(String name, String category, String perHead, Map<String, Object> more) {
        Map<String, Object> columns = new java.util.HashMap<>(Map.of("suggested_category", category,
                "confirmed_category", category, "monthly_per_head", new java.math.BigDecimal(perHead),
                "assessed_standard", new java.math.BigDecimal("1250"), "assessed_year", 2026));
        columns.putAll(more);
        return data.file(base, name, columns);
    }

    @Test // R-ANOM-17
    void aCategoryAboveTheIncomeWithoutAHigherConfirmationIsAHit() {
        data.livingStandard("330106", 2026, "1250");
        long deepAbove = assessed("深度超线", "DEEP", "1300", Map.of());
        assessed("已确认", "DEEP", "1300", Map.of("category_confirmed_by", data.user, "category_reason", "重病"));
        assessed("深度线下", "DEEP", "1200", Map.of());
        long relativeAbove = assessed("相对超线", "RELATIVE", "2500", Map.of());
        assessed("相对线下", "RELATIVE", "2499.99", Map.of());
        long excluded = assessed("有车", "DEEP", "500", Map.of("exclusions", new String[] {"PRIVATE_MOTOR_VEHICLE"}));
        assessed("未审批", "DEEP", "1300", Map.of("status", "SUBMITTED"));

        assertThat(RuleRun.records(hits(categoryAboveIncome))).containsOnlyKeys("file:" + deepAbove + ":DEEP",
                "file:" + relativeAbove + ":RELATIVE", "file:" + excluded + ":DEEP");
        assertThat(hits(categoryAboveIncome)).filteredOn(h -> h.key().startsWith("file:" + relativeAbove))
                .singleElement().satisfies(h -> assertThat(h.evidence().get("lineAmount").toString())
                        .isEqualTo("2500.00"));
    }

    private void documents(long file, List<String> kinds, java.time.LocalDate day) {
        kinds.forEach(kind -> data.attachment(file, kind, day));
    }

    private long checked(String name, Map<String, Object> more) {
        Map<String, Object> columns = new java.util.HashMap<>(Map.of("income_check_on", day(2026, 1, 2),
                "income_check_result", "CONSISTENT"));
        columns.putAll(more);
        return data.file(base, name, columns);
    }

    @Test // R-ANOM-18
    void anApprovalWithoutTheDocumentsOrTheIncomeCheckIsAHit() {
        documents(checked("齐全", Map.of()), ALWAYS, day(2026, 1, 1));
        long missing = checked("缺证明", Map.of());
        documents(missing, ALWAYS.subList(0, 3), day(2026, 1, 1));
        long late = checked("后补", Map.of());
        documents(late, ALWAYS.subList(0, 3), day(2026, 1, 1));
        data.attachment(late, "HARDSHIP_PROOF", day(2026, 2, 1));
        long unchecked = data.file(base, "未核对", Map.of());
        documents(unchecked, ALWAYS, day(2026, 1, 1));
        long medical = checked("医疗", Map.of("needs", new String[] {"MEDICAL"}));
        documents(medical, ALWAYS, day(2026, 1, 1));

        List<org.unionaid.domain.anomaly.Hit> found = hits(approvedWithoutDocuments);

        assertThat(RuleRun.records(found)).containsOnlyKeys("file:" + missing, "file:" + late, "file:" + unchecked,
                "file:" + medical);
        assertThat(found).filteredOn(h -> h.key().equals("file:" + medical)).singleElement()
                .satisfies(h -> assertThat(h.evidence()).containsEntry("missingDocuments",
                        List.of("HOSPITAL_DIAGNOSIS", "INPATIENT_RECEIPT")));
        assertThat(found).filteredOn(h -> h.key().equals("file:" + unchecked)).singleElement()
                .satisfies(h -> assertThat(h.evidence()).containsEntry("incomeCheck", "NONE")
                        .containsEntry("missingDocuments", List.of()));
    }

    @Test // R-ANOM-19
    void anApprovalBeforeTheNoticeEndedOrClosedOrWithoutOneIsAHit() {
        long passed = data.notice(base, day(2025, 12, 1), day(2025, 12, 5), 5, day(2025, 12, 1), day(2025, 12, 8));
        long running = data.notice(base, day(2026, 1, 2), day(2026, 1, 10), 5, day(2026, 1, 2), day(2026, 1, 12));
        long open = data.notice(base, day(2025, 12, 1), day(2025, 12, 5), 5, day(2025, 12, 1), null);
        data.file(base, "公示过", Map.of("notice_id", passed));
        long notEnded = data.file(base, "未满", Map.of("notice_id", running));
        long none = data.file(base, "未公示", Map.of());
        long notClosed = data.file(base, "未结束", Map.of("notice_id", open));

        List<org.unionaid.domain.anomaly.Hit> found = hits(approvedWithoutNotice);

        assertThat(RuleRun.records(found)).containsOnlyKeys("file:" + notEnded, "file:" + none, "file:" + notClosed);
        assertThat(found).extracting(h -> h.evidence().get("problem"))
                .containsExactlyInAnyOrder("NOT_ENDED", "NO_NOTICE", "NOT_CLOSED");
    }

    @Test // R-ANOM-20
    void aNoticeShorterThanTheMinimumOrPostedAfterItsStartIsAHit() {
        data.notice(base, day(2026, 11, 2), day(2026, 11, 6), 5, day(2026, 11, 2), day(2026, 11, 9));
        long shortOne = data.notice(base, day(2026, 11, 2), day(2026, 11, 4), 3, day(2026, 11, 1), day(2026, 11, 5));
        long late = data.notice(base, day(2026, 11, 2), day(2026, 11, 6), 5, day(2026, 11, 4), day(2026, 11, 9));
        Organisation elsewhere = data.root("外市");
        data.notice(elsewhere, day(2026, 11, 2), day(2026, 11, 3), 2, day(2026, 11, 2), null);

        assertThat(RuleRun.records(hits(noticeShortOrLate))).containsOnlyKeys("notice:" + shortOne, "notice:" + late);
    }

    @Test // R-ANOM-21
    void anApprovalOrConfirmationByItsMakerIsAHit() {
        long clerk = data.user("录入员", base);
        long approver = data.user("审批人", county);
        long selfApproved = data.file(base, "自批", Map.of());
        data.history(selfApproved, "OPENED", clerk, day(2025, 12, 1));
        data.history(selfApproved, "APPROVED", clerk, day(2026, 1, 5));
        long proper = data.file(base, "正常", Map.of());
        data.history(proper, "OPENED", clerk, day(2025, 12, 1));
        data.history(proper, "APPROVED", approver, day(2026, 1, 5));
        long selfConfirmed = data.file(base, "自确认", Map.of("category_decided_by", approver,
                "category_confirmed_by", approver, "category_reason", "核实"));
        data.file(base, "他人确认", Map.of("category_decided_by", clerk, "category_confirmed_by", approver,
                "category_reason", "核实"));

        List<org.unionaid.domain.anomaly.Hit> found = hits(makerIsChecker);

        assertThat(RuleRun.records(found)).containsOnlyKeys("file:" + selfApproved + ":approved",
                "file:" + selfConfirmed + ":category");
        assertThat(found).filteredOn(h -> h.key().endsWith(":approved")).singleElement()
                .satisfies(h -> assertThat(h.evidence()).containsEntry("person", "录入员")
                        .containsEntry("alsoDid", List.of("OPENED")));
    }
}
