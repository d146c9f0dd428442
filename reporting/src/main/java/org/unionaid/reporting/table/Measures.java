package org.unionaid.reporting.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The measures of the statistics tables, one grouped statement each, over a union's OWN records for a
 * campaign (organisation_id or paying union = the union itself, never its subtree: children come in
 * through their accepted tables). Grouping sets give every total ({@code *}) in the same pass.
 * <ul>
 * <li>{@code received(source)}: money received (fund_receipt) for the campaign.</li>
 * <li>{@code paid.households / paid.amount(form, category, purpose)}: PAID lines of the union's batches;
 * form MONEY (transfer, cash) or GOODS (at value); households are distinct files.</li>
 * <li>{@code visited.households(category)}: distinct files the union visited in the campaign period.</li>
 * <li>{@code group.people(kind)}: people reached by group visits without a file (at their post, at a site).</li>
 * <li>{@code files.start / opened / exited / end(category)}: the union's files approved (first APPROVED event)
 * before the period, in it, exited in it, and still open at its end.</li>
 * </ul>
 */
@Repository
public class Measures {

    private final JdbcClient jdbc;

    public Measures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public MeasureFacts of(long unionId, long campaignId, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> facts = new HashMap<>();
        jdbc.sql("""
                select case when grouping(source) = 1 then '*' else source end as source, sum(amount) as amount
                  from fund_receipt
                 where organisation_id = :union and campaign_id = :campaign
                 group by rollup (source)
                """).param("union", unionId).param("campaign", campaignId).query(rs -> {
                    put(facts, "received", rs.getBigDecimal("amount"), rs.getString("source"));
                });
        jdbc.sql("""
                select case when grouping(form) = 1 then '*' else form end as form,
                       case when grouping(category) = 1 then '*' else category end as category,
                       case when grouping(purpose) = 1 then '*' else purpose end as purpose,
                       count(distinct file_id) as households, sum(amount) as amount
                  from (select case when b.method = 'GOODS' then 'GOODS' else 'MONEY' end as form,
                               coalesce(f.confirmed_category, f.suggested_category, 'NONE') as category,
                               b.purpose, l.file_id, l.amount
                          from disbursement_line l
                          join disbursement_batch b on b.id = l.batch_id
                          join hardship_file f on f.id = l.file_id
                         where b.paying_union_id = :union and l.campaign_id = :campaign and l.status = 'PAID') paid
                 group by cube (form, category, purpose)
                """).param("union", unionId).param("campaign", campaignId).query(rs -> {
                    String[] args = {rs.getString("form"), rs.getString("category"), rs.getString("purpose")};
                    put(facts, "paid.households", rs.getBigDecimal("households"), args);
                    put(facts, "paid.amount", rs.getBigDecimal("amount"), args);
                });
        jdbc.sql("""
                select case when grouping(category) = 1 then '*' else category end as category,
                       count(distinct file_id) as households
                  from (select coalesce(f.confirmed_category, f.suggested_category, 'NONE') as category, v.file_id
                          from visit v join hardship_file f on f.id = v.file_id
                         where v.organisation_id = :union and v.visited_on between :from and :to) visited
                 group by rollup (category)
                """).param("union", unionId).param("from", from).param("to", to).query(rs -> {
                    put(facts, "visited.households", rs.getBigDecimal("households"), rs.getString("category"));
                });
        jdbc.sql("""
                select case when grouping(kind) = 1 then '*' else kind end as kind, sum(people_count) as people
                  from visit
                 where organisation_id = :union and file_id is null and visited_on between :from and :to
                 group by rollup (kind)
                """).param("union", unionId).param("from", from).param("to", to).query(rs -> {
                    put(facts, "group.people", rs.getBigDecimal("people"), rs.getString("kind"));
                });
        jdbc.sql("""
                with approved as (
                    select h.file_id, min((h.occurred_at at time zone 'Asia/Shanghai')::date) as approved_on
                      from file_history h join hardship_file f on f.id = h.file_id
                     where f.organisation_id = :union and h.action = 'APPROVED'
                     group by h.file_id),
                files as (
                    select coalesce(f.confirmed_category, f.suggested_category, 'NONE') as category, f.status,
                           a.approved_on, case when f.status in ('EXITED', 'CANCELLED') then f.closed_on end as closed_on
                      from hardship_file f join approved a on a.file_id = f.id)
                select case when grouping(category) = 1 then '*' else category end as category,
                       count(*) filter (where approved_on < :from and (closed_on is null or closed_on >= :from)) as at_start,
                       count(*) filter (where approved_on between :from and :to) as opened,
                       count(*) filter (where status = 'EXITED' and closed_on between :from and :to) as exited,
                       count(*) filter (where approved_on <= :to and (closed_on is null or closed_on > :to)) as at_end
                  from files
                 group by rollup (category)
                """).param("union", unionId).param("from", from).param("to", to).query(rs -> {
                    String category = rs.getString("category");
                    put(facts, "files.start", rs.getBigDecimal("at_start"), category);
                    put(facts, "files.opened", rs.getBigDecimal("opened"), category);
                    put(facts, "files.exited", rs.getBigDecimal("exited"), category);
                    put(facts, "files.end", rs.getBigDecimal("at_end"), category);
                });
        return new MeasureFacts(facts);
    }

    private static void put(Map<String, BigDecimal> facts, String measure, BigDecimal value, String... arguments) {
        if (value != null) {
            facts.put(MeasureFacts.key(measure, List.of(arguments)), value);
        }
    }
}
