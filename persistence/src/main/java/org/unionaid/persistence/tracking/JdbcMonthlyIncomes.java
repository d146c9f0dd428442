package org.unionaid.persistence.tracking;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.tracking.MonthlyIncome;
import org.unionaid.domain.tracking.MonthlyIncomes;

/** Monthly incomes in PostgreSQL, compared with 低保 in SQL so that a subtree's candidates page. */
@Repository
class JdbcMonthlyIncomes implements MonthlyIncomes {

    /**
     * The standard in force for the file's union in the month's year: the county's own entry, else its
     * city's, else its province's — the same precedence as {@code MinimumLivingStandards.applicable}.
     */
    private static final String STANDARD = """
            (select s.monthly_amount from minimum_living_standard s
              where s.year = extract(year from m.month)::int
                and s.region_code in (o.region_code, left(o.region_code, 4) || '00', left(o.region_code, 2) || '0000')
              order by s.region_code = o.region_code desc, s.region_code = left(o.region_code, 4) || '00' desc
              limit 1)""";

    /** Above the standard every month of the window, and the proposal not decided yet (R-PAY-10). */
    private static final String PROPOSED = """
               and (f.exit_rejected_window is null or f.exit_rejected_window < :first)
               and (f.last_verified_on is null or f.last_verified_on < :end)
               and (select count(*) from monthly_income m
                     where m.file_id = f.id and m.month >= :first and m.month < :end
                       and round(m.household_income / m.household_size, 2) > %s) = :months
            """.formatted(STANDARD);

    private static final String CANDIDATES = """
              from hardship_file f
              join organisation o on o.id = f.organisation_id
             where f.status = 'APPROVED' and o.path >= :lower and o.path < :upper
            """ + PROPOSED;

    private final JdbcClient jdbc;

    JdbcMonthlyIncomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(long fileId, YearMonth month, Money householdIncome, int householdSize, long recordedBy,
            Instant recordedAt) {
        jdbc.sql("""
                insert into monthly_income (file_id, month, household_income, household_size, recorded_by, recorded_at)
                values (:file, :month, :income, :size, :by, :at)
                on conflict (file_id, month) do update
                   set household_income = excluded.household_income, household_size = excluded.household_size,
                       recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                """).param("file", fileId).param("month", month.atDay(1))
                .param("income", householdIncome.toBigDecimal()).param("size", householdSize)
                .param("by", recordedBy).param("at", Timestamp.from(recordedAt)).update();
    }

    @Override
    public List<MonthlyIncome> ofFile(long fileId, int months) {
        return jdbc.sql("""
                select m.month, m.household_income, m.household_size, %s as standard
                  from monthly_income m
                  join hardship_file f on f.id = m.file_id
                  join organisation o on o.id = f.organisation_id
                 where m.file_id = :file
                 order by m.month desc
                 limit :limit
                """.formatted(STANDARD)).param("file", fileId).param("limit", months)
                .query((rs, row) -> new MonthlyIncome(fileId, YearMonth.from(rs.getObject("month", LocalDate.class)),
                        Money.of(rs.getBigDecimal("household_income")), rs.getInt("household_size"),
                        rs.getBigDecimal("standard") == null ? null : Money.of(rs.getBigDecimal("standard"))))
                .list();
    }

    @Override
    public Page<Long> aboveStandardThroughout(OrganisationPath scope, YearMonth first, int months, Pageable pageable) {
        LocalDate start = first.atDay(1);
        LocalDate end = first.plusMonths(months).atDay(1);
        List<Long> ids = jdbc.sql("select f.id " + CANDIDATES + " order by o.path, f.worker_name, f.id"
                        + " limit :limit offset :offset")
                .param("lower", scope.lowerBound()).param("upper", scope.upperBound())
                .param("first", start).param("end", end).param("months", months)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(Long.class).list();
        long total = ids.size() < pageable.getPageSize() && pageable.getOffset() == 0 ? ids.size()
                : jdbc.sql("select count(*) " + CANDIDATES)
                        .param("lower", scope.lowerBound()).param("upper", scope.upperBound())
                        .param("first", start).param("end", end).param("months", months)
                        .query(Long.class).single();
        return new PageImpl<>(ids, pageable, total);
    }

    @Override
    public Set<Long> proposedForExit(Collection<Long> fileIds, YearMonth first, int months) {
        return Set.copyOf(jdbc.sql("""
                select f.id from hardship_file f join organisation o on o.id = f.organisation_id
                 where f.id = any(:ids::bigint[]) and f.status = 'APPROVED'
                """ + PROPOSED)
                .param("ids", fileIds.toArray(Long[]::new))
                .param("first", first.atDay(1)).param("end", first.plusMonths(months).atDay(1)).param("months", months)
                .query(Long.class).list());
    }
}
