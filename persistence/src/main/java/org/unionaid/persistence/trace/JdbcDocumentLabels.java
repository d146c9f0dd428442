package org.unionaid.persistence.trace;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.anomaly.RecordRef;
import org.unionaid.domain.trace.DocumentLabel;
import org.unionaid.domain.trace.DocumentLabels;

/**
 * The words that name business documents, one statement per type asked for: each returns the id and then the
 * values of that type's message, in order (see {@code record.<type>} in the messages). Amounts come formatted as
 * a ledger prints them; no statement reads an ID or card number.
 */
@Repository
class JdbcDocumentLabels implements DocumentLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("hardship_file", """
                    select f.id, f.worker_name, o.name from hardship_file f join organisation o on o.id = f.organisation_id
                     where f.id = any(cast(:ids as bigint[]))"""),
            Map.entry("disbursement_line", """
                    select l.id, f.worker_name, l.reference, l.amount, l.batch_id from disbursement_line l
                      join hardship_file f on f.id = l.file_id where l.id = any(cast(:ids as bigint[]))"""),
            Map.entry("disbursement_batch", """
                    select b.id, c.name, o.name, (select count(*) from disbursement_line l where l.batch_id = b.id)
                      from disbursement_batch b join campaign c on c.id = b.campaign_id
                      join organisation o on o.id = b.paying_union_id where b.id = any(cast(:ids as bigint[]))"""),
            Map.entry("bank_return", """
                    select r.id, coalesce(r.filename, ''), r.batch_id, r.paid_count, r.failed_count from bank_return r
                     where r.id = any(cast(:ids as bigint[]))"""),
            Map.entry("allocation", """
                    select a.id, g.name, t.name, c.name, a.amount from allocation a
                      join organisation g on g.id = a.from_union_id join organisation t on t.id = a.to_union_id
                      join campaign c on c.id = a.campaign_id where a.id = any(cast(:ids as bigint[]))"""),
            Map.entry("matching_contribution", """
                    select m.id, o.name, m.allocation_id, m.amount from matching_contribution m
                      join allocation a on a.id = m.allocation_id join organisation o on o.id = a.to_union_id
                     where m.id = any(cast(:ids as bigint[]))"""),
            Map.entry("fund_receipt", """
                    select r.id, r.receipt_number, coalesce(r.donor_name, o.name), r.amount from fund_receipt r
                      join organisation o on o.id = r.organisation_id where r.id = any(cast(:ids as bigint[]))"""),
            Map.entry("balance_transfer", """
                    select t.id, t.decision_number, o.name, t.amount from balance_transfer t
                      join organisation o on o.id = t.organisation_id where t.id = any(cast(:ids as bigint[]))"""),
            Map.entry("public_notice", """
                    select n.id, o.name, n.starts_on::text, n.ends_on::text from public_notice n
                      join organisation o on o.id = n.organisation_id where n.id = any(cast(:ids as bigint[]))"""),
            Map.entry("campaign", "select c.id, c.name from campaign c where c.id = any(cast(:ids as bigint[]))"),
            Map.entry("report_table", """
                    select t.id, c.name, o.name, t.definition, t.campaign_id, t.organisation_id from report_table t join campaign c on c.id = t.campaign_id
                      join organisation o on o.id = t.organisation_id where t.id = any(cast(:ids as bigint[]))"""),
            Map.entry("organisation", "select o.id, o.name from organisation o where o.id = any(cast(:ids as bigint[]))"),
            Map.entry("user", "select u.id, u.display_name, u.login_name from user_account u where u.id = any(cast(:ids as bigint[]))"),
            Map.entry("visit", """
                    select v.id, o.name, v.visited_on::text from visit v join organisation o on o.id = v.organisation_id
                     where v.id = any(cast(:ids as bigint[]))"""),
            Map.entry("anomaly_run", """
                    select r.id, o.name, (r.started_at at time zone 'Asia/Shanghai')::date::text from anomaly_run r
                      join organisation o on o.id = r.scope_union_id where r.id = any(cast(:ids as bigint[]))"""),
            Map.entry("finding", "select f.id, f.title from finding f where f.id = any(cast(:ids as bigint[]))"),
            Map.entry("audit_sample", """
                    select s.id, o.name from audit_sample s join organisation o on o.id = s.scope_union_id
                     where s.id = any(cast(:ids as bigint[]))"""));

    private final JdbcClient jdbc;

    JdbcDocumentLabels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<RecordRef, DocumentLabel> labels(Collection<RecordRef> records) {
        Map<RecordRef, DocumentLabel> labels = new HashMap<>();
        Map<String, List<Long>> byType = records.stream().filter(r -> LABELS.containsKey(r.type()))
                .collect(Collectors.groupingBy(RecordRef::type, Collectors.mapping(RecordRef::id, Collectors.toList())));
        byType.forEach((type, ids) -> jdbc.sql(LABELS.get(type)).param("ids", ids.stream().distinct()
                .toArray(Long[]::new)).query(rs -> {
                    RecordRef record = new RecordRef(type, rs.getLong(1));
                    labels.put(record, new DocumentLabel(record, arguments(rs)));
                }));
        return labels;
    }

    private static List<Object> arguments(ResultSet rs) throws SQLException {
        List<Object> arguments = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        for (int column = 2; column <= columns; column++) {
            Object value = rs.getObject(column);
            arguments.add(value instanceof BigDecimal amount ? String.format(Locale.ROOT, "%,.2f", amount)
                    : value == null ? "" : value.toString());
        }
        return arguments;
    }
}
