package org.unionaid.web.workpaper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;


import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.unionaid.domain.anomaly.AnomalyDetection;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.workpaper.WorkingPaper;
import org.unionaid.domain.workpaper.WorkingPaperMaking;
import org.unionaid.reporting.pdf.PdfRenderer;
import org.unionaid.reporting.sheet.SheetWriter;
import org.unionaid.web.shared.DisplayFormats;

/**
 * Working papers (审计工作底稿) of the auditor's subtree as Excel and PDF: a run's rules and hits, the findings with
 * their steps, the chains verified with their heads; each named with the auditor, the time and the scope
 * (R-AUDIT-10), and each making is in the audit log.
 */
@Controller
class WorkingPaperController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final WorkingPaperMaking papers;
    private final AnomalyDetection runs;
    private final PaperSections sections;
    private final ITemplateEngine templates;
    private final MessageSource messages;

    WorkingPaperController(WorkingPaperMaking papers, AnomalyDetection runs, PaperSections sections, ITemplateEngine templates,
            MessageSource messages) {
        this.papers = papers;
        this.runs = runs;
        this.sections = sections;
        this.templates = templates;
        this.messages = messages;
    }

    @GetMapping("/audit/papers")
    String page(Actor actor, @RequestParam(required = false) Long run, Model model) {
        model.addAttribute("runs", runs.recent(actor).stream().filter(r -> !r.running()).toList());
        model.addAttribute("chosen", run);
        return "workpaper/page";
    }

    @GetMapping("/audit/papers.xlsx")
    void excel(Actor actor, @RequestParam(required = false) Long run, Locale locale, HttpServletResponse response)
            throws IOException {
        WorkingPaper paper = papers.make(actor, run, "xlsx");
        List<PaperSections.Section> parts = sections.of(paper, locale);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(filename(paper, locale) + ".xlsx", StandardCharsets.UTF_8).build().toString());
        int width = parts.stream().mapToInt(p -> p.headers().size()).max().orElse(2);
        try (SheetWriter writer = SheetWriter.create(response.getOutputStream(), label("paper.sheet", locale))) {
            writer.title(label("paper.heading", locale, paper.scopeUnionName()), width);
            writer.width(0, 24).width(1, 30).width(2, 40).width(3, 60).width(4, 30);
            for (PaperSections.Section part : parts) {
                writer.row(List.of());
                writer.row(List.of(part.title()));
                writer.row(List.copyOf(part.headers()));
                part.rows().forEach(row -> writer.row(List.copyOf(row)));
            }
            writer.row(List.of());
            writer.row(List.of(label("paper.signature", locale, paper.auditorName())));
        }
    }

    @GetMapping("/audit/papers.pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @RequestParam(required = false) Long run, Locale locale) {
        WorkingPaper paper = papers.make(actor, run, "pdf");
        String page = templates.process("workpaper/print", new Context(locale, Map.of("paper", paper,
                "sections", sections.of(paper, locale), "madeAt", new DisplayFormats().dateTime(paper.madeAt()),
                "fontFamily", PdfRenderer.FONT_FAMILY)));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRenderer.render(page, pdf);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(filename(paper, locale) + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf.toByteArray());
    }

    private String filename(WorkingPaper paper, Locale locale) {
        return label("paper.file", locale) + "-" + paper.scopeUnionName() + "-"
                + LocalDate.ofInstant(paper.madeAt(), DisplayFormats.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    private String label(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

}
