package org.unionaid.web.bankfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.bankfile.BankFile;
import org.unionaid.domain.bankfile.BankFileDownload;
import org.unionaid.domain.bankfile.BankFileGeneration;
import org.unionaid.domain.bankfile.BankReturnImport;
import org.unionaid.domain.bankfile.ReturnReport;
import org.unionaid.domain.bankfile.TemplateAdministration;
import org.unionaid.domain.disbursement.Disbursement;
import org.unionaid.domain.disbursement.PaymentMethod;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;

/**
 * The bank side of a disbursement batch (shown on the batch page through {@link BankSection}): generating and
 * downloading the bank file, importing the bank's return file with its line-by-line report; the list of
 * bank-transfer batches; and the view of the templates.
 */
@Controller
class BankFileController {

    private final BankFileGeneration generation;
    private final BankFileDownload fileDownload;
    private final BankReturnImport returnImport;
    private final TemplateAdministration templates;
    private final Disbursement disbursement;

    BankFileController(BankFileGeneration generation, BankFileDownload fileDownload, BankReturnImport returnImport,
            TemplateAdministration templates, Disbursement disbursement) {
        this.generation = generation;
        this.fileDownload = fileDownload;
        this.returnImport = returnImport;
        this.templates = templates;
        this.disbursement = disbursement;
    }

    @GetMapping("/bank-files")
    String list(Actor actor, Model model) {
        model.addAttribute("batches", disbursement.list(actor).stream()
                .filter(b -> b.method() == PaymentMethod.BANK_TRANSFER && !b.isDraft()).toList());
        return "bankfiles/list";
    }

    @PostMapping("/batches/{id}/bank-file")
    String generate(Actor actor, @PathVariable long id, @RequestParam(required = false) Long template,
            @RequestParam(defaultValue = "false") boolean newVersion, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            BankFile file = generation.generate(actor, id, template, newVersion, reason);
            redirect.addFlashAttribute("success", "bankfile.ready");
            redirect.addFlashAttribute("successArgs", new Object[] {String.valueOf(file.version())});
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/batches/" + id;
    }

    /** The file exactly as generated, as a download; the use case audits it with its SHA-256. */
    @GetMapping("/bank-files/{fileId}")
    ResponseEntity<byte[]> download(Actor actor, @PathVariable long fileId) {
        BankFileDownload.Download download = fileDownload.download(actor, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", download.file().sha256())
                .body(download.content());
    }

    /** Shows the report on the batch page itself: every problem with its line number, or what was settled. */
    @PostMapping("/batches/{id}/returns")
    String importReturn(Actor actor, @PathVariable long id,
            @RequestParam(name = "returnFile", required = false) MultipartFile returnFile, RedirectAttributes redirect)
            throws IOException {
        try {
            ReturnReport report = returnImport.importReturn(actor, id,
                    returnFile == null ? null : returnFile.getOriginalFilename(),
                    returnFile == null ? null : returnFile.getBytes());
            redirect.addFlashAttribute("report", report);
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/batches/" + id + "#returns";
    }

    @GetMapping("/bank-templates")
    String templates(Actor actor, Model model) {
        model.addAttribute("templates", templates.templates(actor));
        return "bankfiles/templates";
    }
}
