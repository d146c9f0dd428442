package org.unionaid.web.report;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.security.Actor;
import org.unionaid.reporting.statistics.SummaryWriting;

/**
 * The written summary (书面总结) a union sends with its tables (R-STAT-03): typed on the table's page or uploaded as
 * PDF or Word. The page of the table it was written on is shown again with what happened.
 */
@Controller
class WrittenSummaryController {

    private final SummaryWriting summaries;

    WrittenSummaryController(SummaryWriting summaries) {
        this.summaries = summaries;
    }

    @PostMapping("/reports/{period}/{form}/written-summary")
    String save(Actor actor, @PathVariable long period, @PathVariable String form,
            @RequestParam(required = false) String summary, RedirectAttributes redirect) {
        return ReportController.act(redirect, ReportController.tableUrl(period, form, actor.organisationId()),
                "report.summary.saved", () -> summaries.saveText(actor, period, summary));
    }

    @PostMapping("/reports/{period}/{form}/written-summary/document")
    String upload(Actor actor, @PathVariable long period, @PathVariable String form,
            @RequestParam(required = false) MultipartFile document, RedirectAttributes redirect) throws IOException {
        byte[] content = document == null ? new byte[0] : document.getBytes();
        String filename = document == null ? null : document.getOriginalFilename();
        return ReportController.act(redirect, ReportController.tableUrl(period, form, actor.organisationId()),
                "report.summary.uploaded", () -> summaries.upload(actor, period, filename, content));
    }
}
