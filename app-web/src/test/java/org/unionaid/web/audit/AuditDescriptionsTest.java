package org.unionaid.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditOutcome;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * Every row the application has written to the audit log (the demo data's, and those of the tests that ran before
 * in this database) reads as a sentence from a message key, but the free-text changes of users and unions.
 */
@WebIntegrationTest
class AuditDescriptionsTest {

    /** Actions whose detail is free text (old → new of many fields): shown as written. */
    private static final Set<AuditAction> FREE_TEXT = Set.of(AuditAction.USER_UPDATE, AuditAction.ORGANISATION_UPDATE);

    @Autowired
    AuditDescriptions descriptions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRowOfTheLogIsReadBackIntoWords() {
        List<AuditEntry> rows = jdbc.sql("""
                select action, target_type, target_id, outcome, detail from audit_event where detail is not null
                """).query((rs, n) -> new AuditEntry(null, "x", null, null, null,
                AuditAction.valueOf(rs.getString("action")), rs.getString("target_type"), rs.getString("target_id"),
                AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"))).list();

        assertThat(rows).isNotEmpty();
        assertThat(rows).filteredOn(row -> !FREE_TEXT.contains(row.action()))
                .filteredOn(row -> !descriptions.translated(row))
                .extracting(row -> row.action() + ": " + row.detail()).isEmpty();
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(descriptions.detail(new AuditEntry(null, "x", null, null, null, AuditAction.BATCH_APPROVE,
                "disbursement_batch", "1", AuditOutcome.SUCCESS, "4 lines, 8000.00"))).isEqualTo("4 笔，合计 8,000.00 元");
        assertThat(descriptions.detail(new AuditEntry(null, "x", null, null, null, AuditAction.ACCESS, "url", "GET /x",
                AuditOutcome.DENIED, "auditor lacks role FINANCE"))).isEqualTo("缺少角色：财务");
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theFormsOfTheGatesOfIssue15ReadBackIntoWords() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(descriptions.detail(row(AuditAction.MATCHING, "8000.00 UNION_FUNDS LJ-记-2026-118")))
                .isEqualTo("配套 8,000.00 元，来源工会经费，凭证号 LJ-记-2026-118");
        assertThat(descriptions.detail(row(AuditAction.ALLOCATION,
                "to 9 OWN_UNION_FUNDS CONDOLENCE 20000.00 ratio 0.5 reason: 经费困难")))
                .isEqualTo("下拨给工会 9：本级工会经费·送温暖慰问，20,000.00 元，配套比例 0.5，说明：经费困难");
        assertThat(descriptions.detail(row(AuditAction.HANDOVER, "CASH 500.00, visit 12")))
                .isEqualTo("慰问团现金 500.00 元，入户走访 12");
        LocaleContextHolder.resetLocaleContext();
        assertThat(List.of(row(AuditAction.ALLOCATION, "to 9 OWN_UNION_FUNDS CONDOLENCE 20000.00 ratio 1"),
                row(AuditAction.CAMPAIGN_CLOSE, "2026年夏季送清凉慰问活动"),
                row(AuditAction.DELEGATION_CREATE, "2026-12-02..2026-12-16"),
                row(AuditAction.BALANCE_TRANSFER_MINUTES_OPEN, "sha256 " + "ab".repeat(32)),
                row(AuditAction.LEDGER_VERIFY, "intact: 12 postings, head abc1; 1 balances differ from the postings, "
                        + "0 entries do not balance, 2 anchored heads no longer match"),
                row(AuditAction.LEDGER_VERIFY, "nightly: 12 postings, head abc1"),
                row(AuditAction.LEDGER_VERIFY, "nightly: break at 3 (LINK_BROKEN)"),
                row(AuditAction.LEDGER_CHECKPOINT, "4 unions at 2026-12-03T05:00:00Z"),
                row(AuditAction.LEDGER_CHECKPOINT_VERIFY,
                        "checkpoint of 2026-12-03T05:00:00Z by 审计 张: 4 unions, 1 no longer match")))
                .allSatisfy(row -> assertThat(descriptions.translated(row)).as(row.detail()).isTrue());
    }

    private static AuditEntry row(AuditAction action, String detail) {
        return new AuditEntry(null, "x", null, null, null, action, null, null, AuditOutcome.SUCCESS, detail);
    }
}
