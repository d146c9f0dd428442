package org.unionaid.web.reference;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.reference.CalendarAdministration;
import org.unionaid.domain.reference.CalendarDay;
import org.unionaid.domain.reference.DayKind;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;

/** The official calendar (法定节假日与调休) that working days — a notice's five, for one — are counted with. */
@Controller
@RequestMapping("/admin/calendar")
class CalendarController {

    private final CalendarAdministration administration;
    private final Clock clock;

    CalendarController(CalendarAdministration administration, Clock clock) {
        this.administration = administration;
        this.clock = clock;
    }

    @GetMapping
    String year(Actor actor, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("days", administration.year(actor, shown));
        model.addAttribute("kinds", DayKind.values());
        var confirmed = administration.confirmedYears(actor);
        model.addAttribute("confirmedYears", confirmed);
        model.addAttribute("yearConfirmed", confirmed.stream().anyMatch(y -> y.year() == shown));
        return "calendar/list";
    }

    /** The top union's admin confirms the year's calendar complete (R-CAL-01). */
    @PostMapping("/confirm")
    String confirm(Actor actor, @RequestParam int year, @RequestParam(required = false) String source,
            RedirectAttributes redirect) {
        try {
            administration.confirmYear(actor, year, source);
            redirect.addFlashAttribute("success", "calendar.confirmed");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/admin/calendar?year=" + year;
    }

    @PostMapping
    String mark(Actor actor, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) DayKind kind, @RequestParam(required = false) String name,
            RedirectAttributes redirect) {
        try {
            administration.mark(actor, new CalendarDay(day, kind, name));
            redirect.addFlashAttribute("success", "calendar.marked");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", "calendar.incomplete");
        }
        return "redirect:/admin/calendar?year=" + (day == null ? LocalDate.now(clock).getYear() : day.getYear());
    }

    @PostMapping("/remove")
    String unmark(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            RedirectAttributes redirect) {
        administration.unmark(actor, day);
        redirect.addFlashAttribute("success", "calendar.removed");
        return "redirect:/admin/calendar?year=" + day.getYear();
    }
}
