package org.unionaid.web.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.LedgerInspection;
import org.unionaid.domain.ledger.Posting;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.security.Actor;
import org.unionaid.reporting.sheet.SheetWriter;
import org.unionaid.web.shared.DisplayFormats;

import jakarta.servlet.http.HttpServletResponse;

/** A union's postings, as filtered on the ledger page and over all its pages, as an Excel workbook written as a stream. */
@Controller
class LedgerExportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Column headers, as the ledger page names its columns. */
    static final List<String> COLUMNS = List.of("ledger.posting.seq", "ledger.posting.postedAt", "ledger.posting.kind",
            "ledger.posting.account", "ledger.posting.source", "ledger.posting.purpose", "ledger.posting.amount",
            "ledger.posting.memo", "ledger.posting.documentType", "ledger.posting.documentId", "ledger.posting.entry");

    private final LedgerInspection inspection;
    private final DisplayFormats formats;
    private final MessageSource messages;

    LedgerExportController(LedgerInspection inspection, DisplayFormats formats, MessageSource messages) {
        this.inspection = inspection;
        this.formats = formats;
        this.messages = messages;
    }

    @GetMapping("/ledger/export")
    void export(Actor actor, LedgerQuery query, HttpServletResponse response) throws IOException {
        // Checked before the workbook opens, so a refusal still gets its error page.
        Organisation union = inspection.union(actor, query.union());
        LedgerQuery asked = query.datesReversed() ? query.withoutDates() : query;
        String today = LocalDate.now(DisplayFormats.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(label("ledger.export.file") + "-" + union.getCode() + "-" + today + ".xlsx",
                        StandardCharsets.UTF_8)
                .build().toString());
        try (SheetWriter writer = SheetWriter.create(response.getOutputStream(), label("ledger.export.sheet"))) {
            writer.title(union.getName() + " " + label("ledger.export.sheet"), COLUMNS.size())
                    .header(COLUMNS.stream().map(this::label).toList(), Set.of())
                    .width(1, 20).width(7, 40);
            inspection.export(actor, union.getId(), asked.filter(), posting -> writer.row(row(posting)));
        }
    }

    private List<Object> row(Posting posting) {
        DocumentRef document = posting.entry().document();
        return Arrays.asList(posting.chainSeq(), formats.dateTime(posting.postedAt()),
                label("ledger.entryKind." + posting.entry().kind()), label("ledger.account." + posting.account().kind()),
                label("fundSource." + posting.account().source()), label("fundPurpose." + posting.account().purpose()),
                posting.amount().toBigDecimal(), posting.entry().memo(),
                messages.getMessage("ledger.document." + document.type(), null, document.type(), Locale.SIMPLIFIED_CHINESE),
                document.id(), posting.entryId());
    }

    /** Ledgers are kept in Chinese, whatever language the exporter reads. */
    private String label(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
