package org.unionaid.web.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.unionaid.domain.security.Actor;
import org.unionaid.reporting.pdf.PdfRenderer;
import org.unionaid.reporting.statistics.ReportTable;
import org.unionaid.reporting.statistics.ReportVersion;
import org.unionaid.reporting.statistics.StatisticsReporting;
import org.unionaid.reporting.statistics.StatisticsWorkbook;
import org.unionaid.reporting.statistics.SummaryDocument;
import org.unionaid.reporting.statistics.SummaryWriting;

/**
 * A table as Excel or PDF (one A4 landscape page with its signature block), live or as submitted, in the layout it
 * was frozen in; and an uploaded written summary, as a download.
 */
@Controller
class ReportExportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StatisticsReporting reports;
    private final SummaryWriting summaries;
    private final ITemplateEngine templates;

    ReportExportController(StatisticsReporting reports, SummaryWriting summaries, ITemplateEngine templates) {
        this.reports = reports;
        this.summaries = summaries;
        this.templates = templates;
    }

    @GetMapping("/reports/{period}/{form}/{union}/table.xlsx")
    ResponseEntity<byte[]> excel(Actor actor, @PathVariable long period, @PathVariable String form,
            @PathVariable long union, @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "YUAN") StatisticsWorkbook.AmountUnit unit) {
        ReportTable table = load(actor, period, form, union, version);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsWorkbook.write(table, shown(table, version), unit, out);
        return download(table, version, ".xlsx", MediaType.parseMediaType(XLSX), out.toByteArray());
    }

    @GetMapping("/reports/{period}/{form}/{union}/table.pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long period, @PathVariable String form,
            @PathVariable long union, @RequestParam(required = false) Integer version, Locale locale) {
        ReportTable table = load(actor, period, form, union, version);
        String page = templates.process("reports/print", new Context(locale, Map.of("table", table,
                "version", shown(table, version) == null ? "" : shown(table, version),
                "fontFamily", PdfRenderer.FONT_FAMILY)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.render(page, out);
        return download(table, version, ".pdf", MediaType.APPLICATION_PDF, out.toByteArray());
    }

    /** An uploaded written summary (书面总结), as a download: its opening is audited. */
    @GetMapping("/reports/summary-documents/{id}")
    ResponseEntity<byte[]> summaryDocument(Actor actor, @PathVariable long id) {
        SummaryDocument document = summaries.open(actor, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(document.content());
    }

    private ReportTable load(Actor actor, long period, String form, long union, Integer version) {
        return version == null ? reports.view(actor, period, form, union)
                : reports.version(actor, period, form, union, version);
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
}
