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
}
