package org.unionaid.persistence.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.reference.CalendarDay;
import org.unionaid.domain.reference.CalendarYear;
import org.unionaid.domain.reference.DayKind;
import org.unionaid.domain.reference.WorkingCalendar;

/** The official calendar's marked days in {@code calendar_day}. */
@Repository
class JdbcWorkingCalendar implements WorkingCalendar {

    private final JdbcClient jdbc;

    JdbcWorkingCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CalendarDay> between(LocalDate from, LocalDate to) {
        return jdbc.sql("select day, kind, name from calendar_day where day between :from and :to order by day")
                .param("from", from).param("to", to)
                .query((rs, row) -> new CalendarDay(rs.getObject("day", LocalDate.class),
                        DayKind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
    }

    @Override
    public void mark(CalendarDay day) {
        jdbc.sql("""
                insert into calendar_day (day, kind, name) values (:day, :kind, :name)
                on conflict (day) do update set kind = excluded.kind, name = excluded.name
                """).param("day", day.day()).param("kind", day.kind().name()).param("name", day.name()).update();
    }

    @Override
    public void unmark(LocalDate day) {
        jdbc.sql("delete from calendar_day where day = :day").param("day", day).update();
    }

    @Override
    public List<CalendarYear> confirmedYears() {
        return jdbc.sql("select year, source, confirmed_by, confirmed_at from calendar_year order by year desc")
                .query(JdbcWorkingCalendar::year).list();
    }

    @Override
    public Optional<CalendarYear> confirmedYear(int year) {
        return jdbc.sql("select year, source, confirmed_by, confirmed_at from calendar_year where year = :year")
                .param("year", year).query(JdbcWorkingCalendar::year).optional();
    }

    @Override
    public boolean confirm(CalendarYear year) {
        return jdbc.sql("""
                insert into calendar_year (year, source, confirmed_by, confirmed_at)
                values (:year, :source, :by, :at) on conflict (year) do nothing
                """).param("year", year.year()).param("source", year.source()).param("by", year.confirmedBy())
                .param("at", Timestamp.from(year.confirmedAt())).update() == 1;
    }

    private static CalendarYear year(ResultSet rs, int row) throws SQLException {
        long by = rs.getLong("confirmed_by");
        return new CalendarYear(rs.getInt("year"), rs.getString("source"), rs.wasNull() ? null : by,
                rs.getTimestamp("confirmed_at").toInstant());
    }
}
