package org.unionaid.reporting.table;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.scope.OrganisationPath;

/**
 * The measures of the statistics tables, one grouped statement each, over a union's OWN records for a
 * campaign (organisation_id or paying union = the union itself, never its subtree: children come in
 * through their accepted tables). Grouping sets give every total ({@code *}) in the same pass.
 * <ul>
 * <li>{@code received(source)}: money raised for the campaign — received (fund_receipt) and, R-MATCH-04, the
 * matching money the union booked against the campaign's allocations (matching_contribution), under the source
 * its origin counts as ({@code MatchingSource.countedAs}: 党费 and 工会经费 in 工会经费（含党费）, 行政经费 and
 * other origins in the total only).</li>
 * <li>{@code paid.households / paid.amount(form, category, purpose)}: PAID lines of the union's batches;
 * form MONEY (transfer, cash) or GOODS (at value); households are distinct files.</li>
 * <li>{@code visited.households(category)}: distinct files the union visited in the campaign period.</li>
 * <li>{@code group.people(kind)}: people reached by group visits without a file (at their post, at a site).</li>
 * <li>{@code files.start / opened / exited / end(category)}: the union's files approved (first APPROVED event)
 * before the period, in it, exited in it, and still open at its end.</li>
 * </ul>
 * Each statement is written once and always grouped by the owning union as well: {@link #of} runs it for
 * one union, {@link #eachOwnFact} for every union of a subtree in the same single pass, so that a
 * province's roll-up reads each table once instead of once per union.
 */
@Repository
public class Measures {

    /** Receives the own facts of the unions of a scope, row by row as PostgreSQL returns them. */
    @FunctionalInterface
    public interface FactSink {

        /** A fact of one union: its key as {@link MeasureFacts#key} makes it, and its value (never null). */
        void accept(long unionId, String key, BigDecimal value);
    }

    private final JdbcClient jdbc;

    public Measures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public MeasureFacts of(long unionId, long campaignId, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> facts = new HashMap<>();
        new Pass(jdbc, Scope.union(unionId), campaignId, from, to, null, (union, key, value) -> facts.put(key, value))
                .run();
        return new MeasureFacts(facts);
    }

    /**
     * The own facts of every union of a subtree (the root included), each union apart, with one statement
     * per measure for the whole subtree. Only the facts the {@code wanted} cells add are asked for: a
     * statement no cell needs is not run, and payments are grouped only by the combinations the cells
     * name instead of the whole cube; each fact given is the one {@link #of} gives the union.
     */
    public void eachOwnFact(OrganisationPath subtree, long campaignId, LocalDate from, LocalDate to,
            Collection<CellSource.Measure> wanted, FactSink sink) {
        eachOwnFact(PathRange.of(subtree), campaignId, from, to, wanted, sink);
    }

    /** As for a subtree, for the unions whose paths lie in a range (a part of a subtree in path order). */
    public void eachOwnFact(PathRange unions, long campaignId, LocalDate from, LocalDate to,
            Collection<CellSource.Measure> wanted, FactSink sink) {
        new Pass(jdbc, Scope.paths(unions), campaignId, from, to, List.copyOf(wanted), sink).run();
    }

    /**
     * The unions whose paths are in [lower, upper) in byte order: a subtree, or the part of one between
     * two unions in path order. One range scan of the {@code collate "C"} path index (see OrganisationPath).
     */
    public record PathRange(String lower, String upper) {

        public static PathRange of(OrganisationPath subtree) {
            return new PathRange(subtree.lowerBound(), subtree.upperBound());
        }
    }

    /** Which unions a statement reads: a condition on the column naming the owning union, with its parameters. */
    private record Scope(String condition, Map<String, Object> parameters) {

        static Scope union(long unionId) {
            return new Scope("%s = :union", Map.of("union", unionId));
        }

        static Scope paths(PathRange range) {
            return new Scope("%s in (select o.id from organisation o where o.path >= :lower and o.path < :upper)",
                    Map.of("lower", range.lower(), "upper", range.upper()));
        }

        String on(String column) {
            return condition.formatted(column);
        }
    }

    /** The select list of a statement's dimensions and its GROUP BY grouping over them. */
    private record Grouping(String columns, String sets) {
    }

    private interface RowReader {
        void read(ResultSet rs, long unionId, FactSink sink) throws SQLException;
    }

    /**
     * One call: its scope, campaign, period, the measure cells it serves ({@code null}: every fact, as
     * {@link #of} gives them) and where the facts go. Each statement is grouped by the owning union.
     */
    private record Pass(JdbcClient jdbc, Scope scope, long campaignId, LocalDate from, LocalDate to,
            List<CellSource.Measure> wanted, FactSink sink) {

        void run() {
            if (wants("received")) {
                // R-MATCH-04: matching money is money raised too; a voucher is booked once per union, as a
                // receipt or as a match, so nothing is counted twice.
                query("""
                        select union_id,
                               case when grouping(source) = 1 then '*' else source end as source, sum(amount) as amount
                          from (select organisation_id as union_id, source, amount
                                  from fund_receipt
                                 where %s and campaign_id = :campaign
                                union all
                                select m.union_id,
                                       case m.source when 'PARTY_DUES' then 'PARTY_DUES'
                                                     when 'UNION_FUNDS' then 'OWN_UNION_FUNDS'
                                                     else 'MATCHING' end,
                                       m.amount
                                  from matching_contribution m join allocation a on a.id = m.allocation_id
                                 where %s and a.campaign_id = :campaign) raised
                         group by union_id, rollup (source)
                        """.formatted(scope.on("organisation_id"), scope.on("m.union_id")), (rs, union, out) -> {
                            put(out, union, "received", rs.getBigDecimal("amount"), rs.getString("source"));
                        });
            }
            if (wants("paid.households", "paid.amount")) {
                // Households are distinct files, so they cannot be added up across forms or purposes
                // afterwards: every combination needed is a grouping set of its own.
                Grouping grouping = grouping(List.of("form", "category", "purpose"), "paid.households", "paid.amount");
                query("""
                        select union_id, %s, count(distinct file_id) as households, sum(amount) as amount
                          from (select b.paying_union_id as union_id,
                                       case when b.method = 'GOODS' then 'GOODS' else 'MONEY' end as form,
                                       coalesce(f.confirmed_category, f.suggested_category, 'NONE') as category,
                                       b.purpose, l.file_id, l.amount
                                  from disbursement_line l
                                  join disbursement_batch b on b.id = l.batch_id
                                  join hardship_file f on f.id = l.file_id
                                 where %s and l.campaign_id = :campaign and l.status = 'PAID') paid
                         group by union_id, %s
                        """.formatted(grouping.columns(), scope.on("b.paying_union_id"), grouping.sets()),
                        (rs, union, out) -> {
                            String[] args = {rs.getString("form"), rs.getString("category"), rs.getString("purpose")};
                            put(out, union, "paid.households", rs.getBigDecimal("households"), args);
                            put(out, union, "paid.amount", rs.getBigDecimal("amount"), args);
                        });
            }
            if (wants("visited.households")) {
                query("""
                        select union_id, case when grouping(category) = 1 then '*' else category end as category,
                               count(distinct file_id) as households
                          from (select v.organisation_id as union_id,
                                       coalesce(f.confirmed_category, f.suggested_category, 'NONE') as category, v.file_id
                                  from visit v join hardship_file f on f.id = v.file_id
                                 where %s and v.visited_on between :from and :to) visited
                         group by union_id, rollup (category)
                        """.formatted(scope.on("v.organisation_id")), (rs, union, out) -> {
                            put(out, union, "visited.households", rs.getBigDecimal("households"),
                                    rs.getString("category"));
                        });
            }
            if (wants("group.people")) {
                query("""
                        select organisation_id as union_id,
                               case when grouping(kind) = 1 then '*' else kind end as kind, sum(people_count) as people
                          from visit
                         where %s and file_id is null and visited_on between :from and :to
                         group by organisation_id, rollup (kind)
                        """.formatted(scope.on("organisation_id")), (rs, union, out) -> {
                            put(out, union, "group.people", rs.getBigDecimal("people"), rs.getString("kind"));
                        });
            }
            if (wants("files.start", "files.opened", "files.exited", "files.end")) {
                // one row per file with its first approval, grouped by the file's key so that its other
                // columns come along without a second pass over hardship_file
                query("""
                        select union_id, case when grouping(category) = 1 then '*' else category end as category,
                               count(*) filter (where approved_on < :from and (closed_on is null or closed_on >= :from)) as at_start,
                               count(*) filter (where approved_on between :from and :to) as opened,
                               count(*) filter (where status = 'EXITED' and closed_on between :from and :to) as exited,
                               count(*) filter (where approved_on <= :to and (closed_on is null or closed_on > :to)) as at_end
                          from (select f.organisation_id as union_id,
                                       coalesce(f.confirmed_category, f.suggested_category, 'NONE') as category, f.status,
                                       min((h.occurred_at at time zone 'Asia/Shanghai')::date) as approved_on,
                                       case when f.status in ('EXITED', 'CANCELLED') then f.closed_on end as closed_on
                                  from hardship_file f join file_history h on h.file_id = f.id and h.action = 'APPROVED'
                                 where %s
                                 group by f.id) files
                         group by union_id, rollup (category)
                        """.formatted(scope.on("f.organisation_id")), (rs, union, out) -> {
                            String category = rs.getString("category");
                            put(out, union, "files.start", rs.getBigDecimal("at_start"), category);
                            put(out, union, "files.opened", rs.getBigDecimal("opened"), category);
                            put(out, union, "files.exited", rs.getBigDecimal("exited"), category);
                            put(out, union, "files.end", rs.getBigDecimal("at_end"), category);
                        });
            }
        }

        private boolean wants(String... measures) {
            List<String> names = List.of(measures);
            return wanted == null || wanted.stream().anyMatch(m -> names.contains(m.name()));
        }

        /**
         * The grouping over a statement's dimensions: the whole cube when every fact is wanted, else one
         * grouping set per combination the wanted cells name (an argument {@code *} leaves its dimension
         * out); with the columns naming each dimension's value, {@code *} for a total. A dimension no set
         * names is {@code *} throughout (SQL may not even mention it).
         */
        private Grouping grouping(List<String> dimensions, String... measures) {
            Set<String> sets = new LinkedHashSet<>();
            Set<String> named = new LinkedHashSet<>();
            if (wanted == null) {
                sets.add("cube (" + String.join(", ", dimensions) + ")");
                named.addAll(dimensions);
            } else {
                List<String> names = List.of(measures);
                for (CellSource.Measure measure : wanted) {
                    if (names.contains(measure.name())) {
                        List<String> grouped = new ArrayList<>();
                        for (int i = 0; i < dimensions.size(); i++) {
                            if (!measure.arguments().get(i).equals("*")) {
                                grouped.add(dimensions.get(i));
                            }
                        }
                        named.addAll(grouped);
                        sets.add("(" + String.join(", ", grouped) + ")");
                    }
                }
            }
            List<String> columns = dimensions.stream().map(d -> named.contains(d)
                    ? "case when grouping(" + d + ") = 1 then '*' else " + d + " end as " + d : "'*' as " + d).toList();
            return new Grouping(String.join(", ", columns),
                    wanted == null ? sets.iterator().next() : "grouping sets (" + String.join(", ", sets) + ")");
        }

        private void query(String sql, RowReader reader) {
            jdbc.sql(sql).params(scope.parameters()).param("campaign", campaignId).param("from", from)
                    .param("to", to).query(rs -> {
                        reader.read(rs, rs.getLong("union_id"), sink);
                    });
        }
    }

    private static void put(FactSink sink, long unionId, String measure, BigDecimal value, String... arguments) {
        if (value != null) {
            sink.accept(unionId, MeasureFacts.key(measure, List.of(arguments)), value);
        }
    }
}
