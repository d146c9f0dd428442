package org.unionaid.web.disbursement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.unionaid.domain.disbursement.Batch;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.Goods;
import org.unionaid.domain.disbursement.RosterLine;
import org.unionaid.domain.disbursement.RosterPrinting;
import org.unionaid.domain.security.Actor;
import org.unionaid.reporting.pdf.PdfRenderer;
import org.unionaid.reporting.sheet.SheetWriter;

/** The real-name roster (实名制发放花名册) of a batch, to print and sign: PDF and Excel, masked numbers only. */
@Controller
class RosterController {

    private final Disbursement disbursement;
    private final RosterPrinting rosters;
    private final ITemplateEngine templates;
    private final MessageSource messages;

    RosterController(Disbursement disbursement, RosterPrinting rosters, ITemplateEngine templates, MessageSource messages) {
        this.disbursement = disbursement;
        this.rosters = rosters;
        this.templates = templates;
        this.messages = messages;
    }

    @GetMapping("/batches/{id}/roster.pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long id, Locale locale) {
        Batch batch = disbursement.view(actor, id);
        List<RosterLine> roster = rosters.roster(actor, id);
        String page = templates.process("batches/roster", new Context(locale, Map.of("batch", batch, "roster", roster,
                "fontFamily", PdfRenderer.FONT_FAMILY)));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRenderer.render(page, pdf);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(label("roster.file", locale, batch.id()) + ".pdf", StandardCharsets.UTF_8).build()
                        .toString())
                .body(pdf.toByteArray());
    }

    @GetMapping("/batches/{id}/roster.xlsx")
    void excel(Actor actor, @PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        Batch batch = disbursement.view(actor, id);
        List<RosterLine> roster = rosters.roster(actor, id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(label("roster.file", locale, batch.id()) + ".xlsx", StandardCharsets.UTF_8).build().toString());
        Goods goods = batch.goods();
        List<String> headers = new ArrayList<>(List.of(label("roster.number", locale), label("file.workerName", locale),
                label("file.workerIdNumber", locale), label("file.union", locale), label("file.category", locale)));
        if (goods != null) {
            headers.add(label("roster.goods", locale));
        }
        headers.addAll(List.of(label(goods == null ? "funds.amount" : "roster.goodsValue", locale),
                label("roster.account", locale), label("batch.reference", locale), label("batch.status", locale),
                label("roster.signature", locale)));
        // R-HAND-04: the household signs for its share of goods (item and quantity) at its value.
        String share = goods == null ? null : goods.complete()
                ? label("roster.goodsShare", locale, goods.item(), goods.quantity(), goods.unit()) : goods.item();
        try (SheetWriter writer = SheetWriter.create(response.getOutputStream(), label("roster.title", locale))) {
            writer.title(label("roster.heading", locale, batch.campaignName(), batch.payingUnionName()), headers.size());
            int shift = share == null ? 0 : 1;
            writer.header(headers, Set.of()).width(2, 22).width(6 + shift, 30).width(8 + shift, 16);
            if (share != null) {
                writer.width(5, 20);
            }
            int number = 0;
            for (RosterLine line : roster) {
                List<Object> row = new ArrayList<>(List.of(++number, line.workerName(), line.maskedId(), line.unionName(),
                        kind(line, locale)));
                if (share != null) {
                    row.add(share);
                }
                row.addAll(List.of(line.amount().toBigDecimal(), account(line, locale), line.reference(),
                        label("batch.line." + line.status(), locale), ""));
                writer.row(row);
            }
            List<Object> total = new ArrayList<>(List.of(label("roster.total", locale), "", "", "", ""));
            if (share != null) {
                total.add("");
            }
            total.add(batch.total().toBigDecimal());
            writer.row(total);
            writer.row(List.of());
            writer.row(List.of(label("roster.signatures", locale)));
        }
    }

    /** A household's category, or a named recipient's group (劳模, 一线职工, …). */
    private String kind(RosterLine line, Locale locale) {
        if (line.group() != null) {
            return label("recipient.group." + line.group(), locale);
        }
        return line.category() == null ? "" : label("category." + line.category(), locale);
    }

    private String account(RosterLine line, Locale locale) {
        return line.bank() == null ? "" : label("bank." + line.bank(), locale) + " " + line.maskedCard();
    }

    private String label(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
