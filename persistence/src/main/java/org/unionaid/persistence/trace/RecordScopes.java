package org.unionaid.persistence.trace;

import java.util.Map;

/**
 * For each kind of business record the desk names, the statement that gives its id and the path of the union it
 * belongs to (a file's union, a line's or batch's paying union, an allocation's receiver…), for ids in
 * {@code :ids}. Findings check with it that an auditor reaches every record they name.
 */
public final class RecordScopes {

    public static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("hardship_file", """
                    select f.id, o.path from hardship_file f join organisation o on o.id = f.organisation_id
                     where f.id = any(cast(:ids as bigint[]))"""),
            Map.entry("disbursement_line", """
                    select l.id, o.path from disbursement_line l join disbursement_batch b on b.id = l.batch_id
                      join organisation o on o.id = b.paying_union_id where l.id = any(cast(:ids as bigint[]))"""),
            Map.entry("disbursement_batch", """
                    select b.id, o.path from disbursement_batch b join organisation o on o.id = b.paying_union_id
                     where b.id = any(cast(:ids as bigint[]))"""),
            Map.entry("bank_return", """
                    select r.id, o.path from bank_return r join disbursement_batch b on b.id = r.batch_id
                      join organisation o on o.id = b.paying_union_id where r.id = any(cast(:ids as bigint[]))"""),
            Map.entry("allocation", """
                    select a.id, o.path from allocation a join organisation o on o.id = a.to_union_id
                     where a.id = any(cast(:ids as bigint[]))"""),
            Map.entry("matching_contribution", """
                    select m.id, o.path from matching_contribution m join allocation a on a.id = m.allocation_id
                      join organisation o on o.id = a.to_union_id where m.id = any(cast(:ids as bigint[]))"""),
            Map.entry("fund_receipt", """
                    select r.id, o.path from fund_receipt r join organisation o on o.id = r.organisation_id
                     where r.id = any(cast(:ids as bigint[]))"""),
            Map.entry("balance_transfer", """
                    select t.id, o.path from balance_transfer t join organisation o on o.id = t.organisation_id
                     where t.id = any(cast(:ids as bigint[]))"""),
            Map.entry("public_notice", """
                    select n.id, o.path from public_notice n join organisation o on o.id = n.organisation_id
                     where n.id = any(cast(:ids as bigint[]))"""),
            Map.entry("report_table", """
                    select t.id, o.path from report_table t join organisation o on o.id = t.organisation_id
                     where t.id = any(cast(:ids as bigint[]))"""));

    private RecordScopes() {
    }
}
