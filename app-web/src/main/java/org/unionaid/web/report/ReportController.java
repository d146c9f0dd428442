package org.unionaid.web.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.unionaid.domain.campaign.Campaign;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.reporting.pdf.PdfRenderer;
import org.unionaid.reporting.statistics.RecordCheck;
import org.unionaid.reporting.statistics.ReportTable;
import org.unionaid.reporting.statistics.ReportVersion;
import org.unionaid.reporting.statistics.StatisticsReports;
import org.unionaid.reporting.statistics.StatisticsWorkbook;
import org.unionaid.reporting.table.CellSource;
import org.unionaid.reporting.table.Column;
import org.unionaid.reporting.table.Row;
import org.unionaid.reporting.table.Section;
import org.unionaid.reporting.table.TableDefinition;
import org.unionaid.reporting.table.TableDefinitions;

/**
 * Statistics tables (统计报表): the reporting centre of a campaign (one's own tables and the direct
 * children's board), a table with its manual figures, submission, the parent's decision and 催报, and
 * the table as Excel or PDF, live or as submitted. Every rule (role, subtree, parent) is the service's.
 */
@Controller
@RequestMapping("/reports")
class ReportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StatisticsReports reports;
    private final RecordCheck recordCheck;
    private final ITemplateEngine templates;

    ReportController(StatisticsReports reports, RecordCheck recordCheck, ITemplateEngine templates) {
        this.reports = reports;
        this.recordCheck = recordCheck;
        this.templates = templates;
    }

    @GetMapping
    String centre(Actor actor, @RequestParam(required = false) Long campaign,
            @RequestParam(defaultValue = TableDefinitions.WARMTH) String definition, Model model) {
        List<Campaign> campaigns = reports.reportableCampaigns(actor);
        model.addAttribute("campaigns", campaigns);
        model.addAttribute("definitions", reports.definitions());
        if (campaigns.isEmpty()) {
            return "reports/centre";
        }
        Campaign selected = campaigns.stream().filter(c -> campaign == null || c.id() == campaign).findFirst()
                .orElse(campaigns.get(0));
        model.addAttribute("campaign", selected);
        model.addAttribute("definition", definition);
        List<ReportTable> own = reports.definitions().stream()
                .map(d -> reports.view(actor, selected.id(), d.code(), actor.organisationId())).toList();
        model.addAttribute("ownTables", own);
        model.addAttribute("board", reports.board(actor, selected.id(), definition));
        return "reports/centre";
    }

    @GetMapping("/{campaign}/{definition}/{union}")
    String table(Actor actor, @PathVariable long campaign, @PathVariable String definition, @PathVariable long union,
            @RequestParam(required = false) Integer version, Model model) {
        ReportTable table = load(actor, campaign, definition, union, version);
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
    @GetMapping("/{campaign}/{definition}/{union}/records")
    String records(Actor actor, @PathVariable long campaign, @PathVariable String definition,
            @PathVariable long union, Model model) {
        model.addAttribute("check", recordCheck.compare(actor, campaign, definition, union));
        return "reports/records";
    }

    @PostMapping("/{campaign}/{definition}/manual")
    String enterManual(Actor actor, @PathVariable long campaign, @PathVariable String definition,
            @RequestParam String cell, @RequestParam(required = false) String value,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(redirect, tableUrl(campaign, definition, actor.organisationId()), "report.manual.saved",
                () -> reports.enterManual(actor, campaign, definition, cell, value, note));
    }

    @PostMapping("/{campaign}/{definition}/submit")
    String submit(Actor actor, @PathVariable long campaign, @PathVariable String definition,
            RedirectAttributes redirect) {
        return act(redirect, tableUrl(campaign, definition, actor.organisationId()), "report.submitted",
                () -> reports.submit(actor, campaign, definition));
    }

    @PostMapping("/{campaign}/{definition}/{child}/accept")
    String accept(Actor actor, @PathVariable long campaign, @PathVariable String definition, @PathVariable long child,
            RedirectAttributes redirect) {
        return act(redirect, tableUrl(campaign, definition, child), "report.accepted",
                () -> reports.accept(actor, campaign, definition, child));
    }

    @PostMapping("/{campaign}/{definition}/{child}/return")
    String returnTable(Actor actor, @PathVariable long campaign, @PathVariable String definition,
            @PathVariable long child, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(redirect, tableUrl(campaign, definition, child), "report.returned",
                () -> reports.returnTable(actor, campaign, definition, child, comment));
    }

    @PostMapping("/{campaign}/{definition}/{child}/remind")
    String remind(Actor actor, @PathVariable long campaign, @PathVariable String definition, @PathVariable long child,
            @RequestParam(required = false) String message, RedirectAttributes redirect) {
        return act(redirect, "/reports?campaign=" + campaign + "&definition=" + definition, "report.reminded",
                () -> reports.remind(actor, campaign, definition, child, message));
    }

    @GetMapping("/{campaign}/{definition}/{union}/table.xlsx")
    ResponseEntity<byte[]> excel(Actor actor, @PathVariable long campaign, @PathVariable String definition,
            @PathVariable long union, @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "YUAN") StatisticsWorkbook.AmountUnit unit) {
        ReportTable table = load(actor, campaign, definition, union, version);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsWorkbook.write(table, shown(table, version), unit, out);
        return download(table, version, ".xlsx", MediaType.parseMediaType(XLSX), out.toByteArray());
    }

    @GetMapping("/{campaign}/{definition}/{union}/table.pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long campaign, @PathVariable String definition,
            @PathVariable long union, @RequestParam(required = false) Integer version, Locale locale) {
        ReportTable table = load(actor, campaign, definition, union, version);
        String page = templates.process("reports/print", new Context(locale, Map.of("table", table,
                "version", shown(table, version) == null ? "" : shown(table, version),
                "fontFamily", PdfRenderer.FONT_FAMILY)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.render(page, out);
        return download(table, version, ".pdf", MediaType.APPLICATION_PDF, out.toByteArray());
    }

    private ReportTable load(Actor actor, long campaign, String definition, long union, Integer version) {
        return version == null ? reports.view(actor, campaign, definition, union)
                : reports.version(actor, campaign, definition, union, version);
    }

    /** The version the figures are from: the one asked for, else the latest when the table is not live. */
    private static ReportVersion shown(ReportTable table, Integer version) {
        if (version != null) {
            return table.versions().stream().filter(v -> v.number() == version).findFirst().orElseThrow();
        }
        return table.live() || table.versions().isEmpty() ? null : table.versions().get(0);
    }

    private static ResponseEntity<byte[]> download(ReportTable table, Integer version, String extension,
            MediaType type, byte[] body) {
        String name = table.union().getName() + "-" + table.definition().title()
                + (version == null ? "" : "-v" + version) + extension;
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString()).body(body);
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

    private static String tableUrl(long campaign, String definition, long union) {
        return "/reports/" + campaign + "/" + definition + "/" + union;
    }

    private static String act(RedirectAttributes redirect, String target, String success, Runnable action) {
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
