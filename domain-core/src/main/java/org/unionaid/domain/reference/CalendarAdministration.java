package org.unionaid.domain.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;

/**
 * The official calendar (法定节假日, 调休) is one for the whole installation: only an admin of the
 * top union maintains it; everyone's working days are counted with it.
 */
@Service
@Transactional
public class CalendarAdministration {

    private final WorkingCalendar calendar;
    private final AuditLog auditLog;
    private final Clock clock;

    public CalendarAdministration(WorkingCalendar calendar, AuditLog auditLog, Clock clock) {
        this.calendar = calendar;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CalendarDay> year(Actor actor, int year) {
        actor.requireRole(Role.ADMIN);
        return calendar.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public void mark(Actor actor, CalendarDay day) {
        requireTopAdmin(actor);
        if (day.day() == null) {
            throw DomainException.onField("day", "NotNull");
        }
        if (day.kind() == null) {
            throw DomainException.onField("kind", "NotNull");
        }
        if (day.name() == null || day.name().isBlank()) {
            throw DomainException.onField("name", "NotBlank");
        }
        calendar.mark(new CalendarDay(day.day(), day.kind(), day.name().strip()));
        auditLog.record(AuditEntry.success(actor, AuditAction.REFERENCE_DATA_CHANGE, "calendar_day", day.day(),
                day.kind() + " " + day.name().strip()));
    }

    public void unmark(Actor actor, LocalDate day) {
        requireTopAdmin(actor);
        calendar.unmark(day);
        auditLog.record(AuditEntry.success(actor, AuditAction.REFERENCE_DATA_CHANGE, "calendar_day", day, "removed"));
    }

    /** The years confirmed complete, newest first, for anyone who keeps or reads the calendar. */
    @Transactional(readOnly = true)
    public List<CalendarYear> confirmedYears(Actor actor) {
        actor.requireRole(Role.ADMIN);
        return calendar.confirmedYears();
    }

    /**
     * The top union's admin confirms that {@code year}'s holidays and 调休 weekends are all marked, as the
     * State Council published them ({@code source}); from then on notices may be counted over that year
     * (R-CAL-01). A year with no holiday marked is not complete.
     */
    public CalendarYear confirmYear(Actor actor, int year, String source) {
        requireTopAdmin(actor);
        if (source == null || source.isBlank()) {
            throw DomainException.onField("source", "calendar.confirm.sourceRequired");
        }
        boolean anyHoliday = calendar.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .anyMatch(day -> day.kind() == DayKind.HOLIDAY);
        if (!anyHoliday) {
            throw new DomainException("calendar.confirm.empty", String.valueOf(year));
        }
        CalendarYear confirmed = new CalendarYear(year, source.strip(), actor.userId(), clock.instant());
        if (!calendar.confirm(confirmed)) {
            throw new DomainException("calendar.confirm.already", String.valueOf(year));
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.REFERENCE_DATA_CHANGE, "calendar_year", year,
                "confirmed: " + confirmed.source()));
        return confirmed;
    }

    /** Working days as the calendar counts them around {@code from} (enough for a notice period). */
    @Transactional(readOnly = true)
    public WorkingDays workingDaysFrom(LocalDate from, int count) {
        return new WorkingDays(calendar.between(from, from.plusDays(WorkingDays.span(count))));
    }

    private static void requireTopAdmin(Actor actor) {
        actor.requireRole(Role.ADMIN);
        if (actor.organisationPath().depth() != 1) {
            throw new OutsideScopeException(OutsideScopeException.Check.LEVEL,
                    "the calendar is kept by the top union's admins");
        }
    }
}
