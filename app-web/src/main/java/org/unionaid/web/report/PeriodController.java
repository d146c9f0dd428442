package org.unionaid.web.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.reporting.ReportingRules;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.reporting.statistics.PeriodDraft;
import org.unionaid.reporting.statistics.ReportingPeriod;
import org.unionaid.reporting.statistics.ReportingPeriodAdministration;
import org.unionaid.reporting.table.TableDefinitions;

/**
 * Defining a reporting period (报表期) at the top union (R-STAT-01): its name, year, days, tables, the top union's
 * own deadline and a deadline for every level that reports. A refusal shows the form again, next to its field.
 */
@Controller
class PeriodController {

    private final ReportingPeriodAdministration periods;
    private final TableDefinitions definitions;

    PeriodController(ReportingPeriodAdministration periods, TableDefinitions definitions) {
        this.periods = periods;
        this.definitions = definitions;
    }

    @GetMapping("/reports/periods/new")
    String form(Actor actor, Model model) {
        periods.requireDefinerRole(actor);
        LocalDate today = periods.today(); // the application clock: demo and tests move it
        int year = today.getYear() + (today.getMonthValue() >= 10 ? 1 : 0);
        model.addAttribute("typed", new Typed(year + "年元旦春节送温暖", year, null, null, null,
                definitions.forms(), Map.of()));
        addChoices(actor, model);
        return "reports/period-form";
    }

    @PostMapping("/reports/periods")
    String define(Actor actor, @RequestParam(required = false) String name, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate finalDeadline,
            @RequestParam(required = false) List<String> forms, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect) {
        Map<OrganisationType, LocalDate> deadlines = new EnumMap<>(OrganisationType.class);
        for (OrganisationType level : ReportingRules.LEVELS) {
            String typed = params.getFirst("deadline_" + level);
            if (typed != null && !typed.isBlank()) {
                try {
                    deadlines.put(level, LocalDate.parse(typed));
                } catch (java.time.format.DateTimeParseException notADate) {
                    // left out: the rule then asks for the level's deadline
                }
            }
        }
        List<String> chosen = forms == null ? List.of() : forms;
        try {
            ReportingPeriod period = periods.define(actor, new PeriodDraft(name, year, startsOn, endsOn, finalDeadline,
                    chosen, deadlines));
            redirect.addFlashAttribute("success", "report.period.defined");
            return "redirect:/reports?period=" + period.id();
        } catch (DomainException refusal) {
            model.addAttribute("typed", new Typed(name, year, startsOn, endsOn, finalDeadline, chosen, deadlines));
            model.addAttribute("error", refusal.messageKey());
            model.addAttribute("errorArgs", refusal.arguments());
            model.addAttribute("errorField", refusal.field());
            addChoices(actor, model);
            return "reports/period-form";
        }
    }

    private void addChoices(Actor actor, Model model) {
        model.addAttribute("forms", definitions.forms().stream()
                .map(form -> new ReportController.FormTitle(form, definitions.inForce(form, 9999).orElseThrow().title()))
                .toList());
        model.addAttribute("levels", ReportingRules.LEVELS.stream()
                .filter(periods.reportingLevels(actor)::contains).toList());
        model.addAttribute("mayDefine", periods.mayDefine(actor));
    }

    /** The form as typed, shown again after a refusal. */
    record Typed(String name, Integer year, LocalDate startsOn, LocalDate endsOn, LocalDate finalDeadline,
            List<String> forms, Map<OrganisationType, LocalDate> deadlines) {

        public LocalDate deadlineOf(OrganisationType level) {
            return deadlines.get(level);
        }
    }
}
