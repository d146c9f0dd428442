package org.unionaid.web.hardship;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.hardship.FileImport;
import org.unionaid.domain.hardship.ImportProblem;
import org.unionaid.domain.hardship.ImportReport;
import org.unionaid.domain.hardship.ImportUploadErasure;
import org.unionaid.domain.hardship.ImportUploads;
import org.unionaid.domain.hardship.UploadRetention;
import org.unionaid.domain.security.Actor;
import org.unionaid.reporting.sheet.SheetLayout;
import org.unionaid.reporting.sheet.SheetWriter;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An upload's page: a kept (clean) upload is checked again and offers its commit; a refused one shows the
 * report kept when it was refused — its spreadsheet is gone (R-PRIV-02) — and its problem list as a workbook;
 * the uploader may give a kept upload up, which erases it at once.
 */
@Controller
@RequestMapping("/files/import")
class FileImportReportController {

    /** Problems listed on the page; the problem list has them all. */
    private static final int LISTED_PROBLEMS = 200;

    private final FileImport fileImport;
    private final ImportUploadErasure erasure;
    private final FileSheet sheet;
    private final UploadedSheets sheets;
    private final MessageSource messages;

    FileImportReportController(FileImport fileImport, ImportUploadErasure erasure, FileSheet sheet,
            UploadedSheets sheets, MessageSource messages) {
        this.fileImport = fileImport;
        this.erasure = erasure;
        this.sheet = sheet;
        this.sheets = sheets;
        this.messages = messages;
    }

    @GetMapping("/{id}")
    String report(Actor actor, @PathVariable long id, Model model) {
        ImportUploads.Upload upload = fileImport.upload(actor, id);
        model.addAttribute("upload", upload);
        if (upload.erased() && upload.erasedBecause() != UploadRetention.Reason.REFUSED) {
            return "files/import-report";
        }
        ImportReport report;
        List<SheetLayout> layout = new ArrayList<>(1);
        if (upload.erased()) {
            report = new ImportReport(upload.checkedRows() == null ? 0 : upload.checkedRows(),
                    fileImport.keptProblems(actor, id));
        } else {
            report = sheets.check(actor, upload, layout);
            if (!report.clean()) {
                // R-PRIV-02: checked again and refused (a person filed elsewhere meanwhile): erased now too.
                erasure.refuse(actor, id, report);
                model.addAttribute("upload", fileImport.upload(actor, id));
            }
        }
        model.addAttribute("report", report);
        model.addAttribute("problems", report.problems().stream().limit(LISTED_PROBLEMS)
                .map(problem -> new ShownProblem(problem.row(), sheet.headerOf(problem.field()), describe(problem)))
                .toList());
        model.addAttribute("moreProblems", Math.max(0, report.problems().size() - LISTED_PROBLEMS));
        model.addAttribute("unknownHeaders", layout.isEmpty() ? List.of() : layout.get(0).unknownHeaders());
        return "files/import-report";
    }

    /** One problem as the page shows it: row, column header, message in the reader's language. */
    record ShownProblem(int row, String column, String message) {
    }

    /** Every problem of a refused upload, by row and column — what its erased spreadsheet needs corrected. */
    @GetMapping("/{id}/errors")
    void problemList(Actor actor, @PathVariable long id, HttpServletResponse response) throws IOException {
        ImportUploads.Upload upload = fileImport.upload(actor, id);
        List<ImportProblem> problems = fileImport.keptProblems(actor, id);
        FileImportController.attachment(response, "检查结果-" + upload.filename());
        List<String> headers = List.of(message("file.import.row"), message("file.import.column"),
                message("file.import.errorColumn"));
        try (OutputStream out = response.getOutputStream(); SheetWriter writer = SheetWriter.create(out, "检查结果")) {
            writer.header(headers, Set.of());
            problems.forEach(problem -> writer.row(List.of(problem.row(), sheet.headerOf(problem.field()),
                    describe(problem))));
        }
    }

    /** The uploader gives the import up: the spreadsheet is erased now (R-PRIV-02). */
    @PostMapping("/{id}/abandon")
    String abandon(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        erasure.abandon(actor, id);
        redirect.addFlashAttribute("success", "file.import.abandoned");
        return "redirect:/files/import";
    }

    private String describe(ImportProblem problem) {
        return messages.getMessage(problem.messageKey(), problem.args().toArray(), problem.messageKey(),
                LocaleContextHolder.getLocale());
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
