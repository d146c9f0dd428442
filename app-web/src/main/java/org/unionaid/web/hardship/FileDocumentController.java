package org.unionaid.web.hardship;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
import org.unionaid.domain.hardship.AttachmentKind;
import org.unionaid.domain.hardship.FileDocumentation;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/** Uploading and opening a file's supporting documents. */
@Controller
class FileDocumentController {

    private final FileDocumentation documents;

    FileDocumentController(FileDocumentation documents) {
        this.documents = documents;
    }

    @PostMapping("/files/{id}/documents")
    String upload(Actor actor, @PathVariable long id, @RequestParam(required = false) AttachmentKind kind,
            @RequestParam("document") MultipartFile document, RedirectAttributes redirect) throws IOException {
        try {
            documents.upload(actor, id, kind, document.getOriginalFilename(), document.getBytes());
            redirect.addFlashAttribute("success", "attachment.uploaded");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("error", refusal.messageKey());
            redirect.addFlashAttribute("errorArgs", refusal.arguments());
        }
        return "redirect:/files/" + id + "?tab=documents";
    }

    /** Sends the document as a download, never rendered inline, with the type its content proved. */
    @GetMapping("/files/{id}/documents/{attachmentId}")
    ResponseEntity<byte[]> open(Actor actor, @PathVariable long id, @PathVariable long attachmentId) {
        FileDocumentation.Document document = documents.open(actor, attachmentId);
        if (document.attachment().fileId() != id) {
            throw new NotFoundException("attachment of file " + id, attachmentId);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.attachment().filename(), StandardCharsets.UTF_8).build().toString())
                .body(document.content());
    }
}
