package org.unionaid.web.report;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.reporting.statistics.RecordCheck;
import org.unionaid.reporting.statistics.ReportInbox;
import org.unionaid.reporting.statistics.ReportTable;
import org.unionaid.reporting.statistics.ReportingPeriod;
import org.unionaid.reporting.statistics.ReportingPeriodAdministration;
import org.unionaid.reporting.statistics.StatisticsReporting;
import org.unionaid.reporting.table.CellSource;
import org.unionaid.reporting.table.Column;
import org.unionaid.reporting.table.Row;
import org.unionaid.reporting.table.Section;
import org.unionaid.reporting.table.TableDefinition;
import org.unionaid.reporting.table.TableDefinitions;

/**
 * Statistics tables (统计报表) at every level: the reporting centre of a period (one's own tables and the direct
 * children's board), the inbox of the children's submissions of every open period, a table with its manual figures,
 * written summary, submission, the parent's decision and 催报. Every rule (role, subtree, parent) is the service's.
 */
@Controller
@RequestMapping("/reports")
class ReportController {

    private final StatisticsReporting reports;
    private final ReportingPeriodAdministration periods;
    private final ReportInbox inbox;
    private final RecordCheck recordCheck;
    private final TableDefinitions definitions;

    ReportController(StatisticsReporting reports, ReportingPeriodAdministration periods, ReportInbox inbox, RecordCheck recordCheck,
            TableDefinitions definitions) {
        this.reports = reports;
        this.periods = periods;
        this.inbox = inbox;
        this.recordCheck = recordCheck;
        this.definitions = definitions;
    }

    @GetMapping
    String centre(Actor actor, @RequestParam(required = false) Long period,
            @RequestParam(defaultValue = TableDefinitions.WARMTH) String form, Model model) {
        List<ReportingPeriod> visible = periods.visible(actor);
        model.addAttribute("periods", visible);
        model.addAttribute("mayDefine", periods.mayDefine(actor));
        model.addAttribute("awaiting", reports.awaitingDecision(actor));
        if (visible.isEmpty()) {
            return "reports/centre";
        }
        ReportingPeriod selected = visible.stream().filter(p -> period == null || p.id() == period).findFirst()
                .orElse(visible.get(0));
        String shown = selected.layoutOf(form) != null ? form : selected.layouts().keySet().iterator().next();
        model.addAttribute("period", selected);
        model.addAttribute("form", shown);
        model.addAttribute("forms", formTitles(selected));
        model.addAttribute("ownTables", selected.layouts().keySet().stream()
                .map(f -> reports.view(actor, selected.id(), f, actor.organisationId())).toList());
        model.addAttribute("board", reports.board(actor, selected.id(), shown, actor.organisationId()));
        return "reports/centre";
    }

    /** The children's submissions of every open period (and any older one still waiting), form by form. */
    @GetMapping("/inbox")
    String inbox(Actor actor, Model model) {
        model.addAttribute("entries", inbox.of(actor));
        return "reports/inbox";
    }

    @GetMapping("/{period}/{form}/{union}")
    String table(Actor actor, @PathVariable long period, @PathVariable String form, @PathVariable long union,
            @RequestParam(required = false) Integer version, Model model) {
        ReportTable table = version == null ? reports.view(actor, period, form, union)
                : reports.version(actor, period, form, union, version);
        model.addAttribute("table", table);
        model.addAttribute("shownVersion", version);
        boolean own = union == actor.organisationId();
        model.addAttribute("own", own);
        model.addAttribute("parent", table.union().getParentId() != null
                && table.union().getParentId() == actor.organisationId());
        model.addAttribute("manualFields", own && table.status().open() && version == null
                ? manualFields(table) : List.of());
        return "reports/table";
    }

    /** The table as reported beside the same table summed from the records of the union's whole subtree. */
    @GetMapping("/{period}/{form}/{union}/records")
    String records(Actor actor, @PathVariable long period, @PathVariable String form, @PathVariable long union,
            Model model) {
        model.addAttribute("check", recordCheck.compare(actor, period, form, union));
        return "reports/records";
    }

    @PostMapping("/{period}/{form}/manual")
    String enterManual(Actor actor, @PathVariable long period, @PathVariable String form, @RequestParam String cell,
            @RequestParam(required = false) String value, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(redirect, tableUrl(period, form, actor.organisationId()), "report.manual.saved",
                () -> reports.enterManual(actor, period, form, cell, value, note));
    }

    @PostMapping("/{period}/{form}/submit")
    String submit(Actor actor, @PathVariable long period, @PathVariable String form, RedirectAttributes redirect) {
        return act(redirect, tableUrl(period, form, actor.organisationId()), "report.submitted",
                () -> reports.submit(actor, period, form));
    }

    @PostMapping("/{period}/{form}/{child}/accept")
    String accept(Actor actor, @PathVariable long period, @PathVariable String form, @PathVariable long child,
            RedirectAttributes redirect) {
        return act(redirect, tableUrl(period, form, child), "report.accepted",
                () -> reports.accept(actor, period, form, child));
    }

    @PostMapping("/{period}/{form}/{child}/return")
    String returnTable(Actor actor, @PathVariable long period, @PathVariable String form, @PathVariable long child,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(redirect, tableUrl(period, form, child), "report.returned",
                () -> reports.returnTable(actor, period, form, child, comment));
    }

    @PostMapping("/{period}/{form}/{child}/remind")
    String remind(Actor actor, @PathVariable long period, @PathVariable String form, @PathVariable long child,
            @RequestParam(required = false) String message, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        String target = "inbox".equals(back) ? "/reports/inbox" : "/reports?period=" + period + "&form=" + form;
        return act(redirect, target, "report.reminded", () -> reports.remind(actor, period, form, child, message));
    }

    /** Each form of the period with its title, in the period's order. */
    private List<FormTitle> formTitles(ReportingPeriod period) {
        List<FormTitle> titles = new ArrayList<>();
        period.layouts().forEach((form, layout) -> titles.add(new FormTitle(form,
                definitions.find(layout).map(TableDefinition::title).orElse(form))));
        return titles;
    }

    /** A form of a period and the title of its layout. */
    record FormTitle(String form, String title) {
    }

    /** The manual cells of the form with their labels (section, row, column) and what is entered now. */
    static List<ManualField> manualFields(ReportTable table) {
        List<ManualField> fields = new ArrayList<>();
        for (Section section : table.definition().sections()) {
            for (Row row : section.rows()) {
                row.cells().forEach((columnKey, source) -> {
                    if (source instanceof CellSource.Manual manual) {
                        Column column = section.column(columnKey);
                        String key = TableDefinition.key(section, row, columnKey);
                        var cell = table.cell(key);
                        // Only what was entered is shown: an untouched cell stays blank rather than a made-up 0.
                        boolean entered = cell != null && cell.note() != null;
                        fields.add(new ManualField(key, section.title() + " · " + row.label() + " · " + column.label()
                                + "（" + column.unit() + "）", manual.hint(), entered ? cell.own() : null,
                                entered ? cell.note() : null));
                    }
                });
            }
        }
        return fields;
    }

    /** A figure entered by hand: its cell, where it sits on the form, the form's hint, what is entered. */
    record ManualField(String key, String label, String hint, java.math.BigDecimal value, String note) {
    }

    static String tableUrl(long period, String form, long union) {
        return "/reports/" + period + "/" + form + "/" + union;
    }

    static String act(RedirectAttributes redirect, String target, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:" + target;
    }
}
