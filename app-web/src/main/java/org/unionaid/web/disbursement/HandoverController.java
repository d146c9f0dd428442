package org.unionaid.web.disbursement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.disbursement.Handover;
import org.unionaid.domain.disbursement.Handovers;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/** Handing cash and goods over on a delegation's home visits, and the signed roster scans of a batch. */
@Controller
class HandoverController {

    private final Handover handover;

    HandoverController(Handover handover) {
        this.handover = handover;
    }

    /** The lines a delegation handed over on its home visits (R-HAND-01), once the signed roster is kept (R-HAND-02). */
    @PostMapping("/batches/{id}/handover")
    String handOver(Actor actor, @PathVariable long id, @RequestParam(name = "line", required = false) List<Long> lines,
            @RequestParam(required = false) Long delegation, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            handover.handOverAll(actor, id, lines, delegation, note);
            redirect.addFlashAttribute("success", "handover.recorded");
            redirect.addFlashAttribute("successArgs", new Object[] {lines.size()});
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/batches/" + id;
    }

    @PostMapping("/batches/{id}/scans")
    String upload(Actor actor, @PathVariable long id, @RequestParam(required = false) MultipartFile scan,
            RedirectAttributes redirect) throws IOException {
        try {
            handover.addScan(actor, id, scan == null ? null : scan.getOriginalFilename(),
                    scan == null ? null : scan.getBytes());
            redirect.addFlashAttribute("success", "scan.uploaded");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/batches/" + id;
    }

    /** Sent as a download, never shown inline, with the type its content proved. */
    @GetMapping("/batches/{id}/scans/{scan}")
    ResponseEntity<byte[]> open(Actor actor, @PathVariable long id, @PathVariable long scan) {
        Handovers.Scan described = handover.scans(actor, id).stream().filter(s -> s.id() == scan).findFirst()
                .orElseThrow(() -> new NotFoundException("batch scan", scan));
        byte[] content = handover.openScan(actor, id, scan);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(described.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(described.filename(), StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
