package org.unionaid.domain.reference;

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

    public CalendarAdministration(WorkingCalendar calendar, AuditLog auditLog) {
        this.calendar = calendar;
        this.auditLog = auditLog;
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

    /** Working days as the calendar counts them around {@code from} (enough for a notice period). */
    @Transactional(readOnly = true)
    public WorkingDays workingDaysFrom(LocalDate from, int count) {
        return new WorkingDays(calendar.between(from, from.plusDays(WorkingDays.span(count))));
    }

    private static void requireTopAdmin(Actor actor) {
        actor.requireRole(Role.ADMIN);
        if (actor.organisationPath().depth() != 1) {
            throw new OutsideScopeException("the calendar is kept by the top union's admins");
        }
    }
}
