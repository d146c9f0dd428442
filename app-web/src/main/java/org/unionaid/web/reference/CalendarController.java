package org.unionaid.web.reference;

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
import org.unionaid.web.shared.DisplayFormats;

/** The official calendar (法定节假日与调休) that working days — a notice's five, for one — are counted with. */
@Controller
@RequestMapping("/admin/calendar")
class CalendarController {

    private final CalendarAdministration administration;

    CalendarController(CalendarAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String year(Actor actor, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(DisplayFormats.ZONE).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("days", administration.year(actor, shown));
        model.addAttribute("kinds", DayKind.values());
        return "calendar/list";
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
        return "redirect:/admin/calendar?year=" + (day == null ? LocalDate.now(DisplayFormats.ZONE).getYear() : day.getYear());
    }

    @PostMapping("/remove")
    String unmark(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            RedirectAttributes redirect) {
        administration.unmark(actor, day);
        redirect.addFlashAttribute("success", "calendar.removed");
        return "redirect:/admin/calendar?year=" + day.getYear();
    }
}
