package org.unionaid.web.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.web.security.DeniedAccessRecorder;
import org.unionaid.web.security.RefusedCheck;

/**
 * Refusals from use cases become the friendly Chinese 403, 404 and 409 pages, never a stack trace; the 403 and
 * 409 pages name the check that refused and what to do (R-PRIV-07).
 */
@ControllerAdvice
class ErrorPages {

    private final DeniedAccessRecorder deniedAccess;
    private final DataSize largestUpload;

    ErrorPages(DeniedAccessRecorder deniedAccess,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize largestUpload) {
        this.deniedAccess = deniedAccess;
        this.largestUpload = largestUpload;
    }

    @ExceptionHandler(OutsideScopeException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String outsideScope(OutsideScopeException refusal, HttpServletRequest request) {
        deniedAccess.record(request, refusal.getMessage());
        RefusedCheck.of(refusal.check()).describe(request, refusal.roles());
        return "error/403";
    }

    /**
     * A business rule refused what the user asked, and no page caught it to show the refusal next to the
     * form: the rule's message, with a way back — a 409, never a 403 for someone who has the role and the
     * scope. Maker-checker and same-union approval are named as the checks they are.
     */
    @ExceptionHandler(DomainException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(DomainException refusal, Model model) {
        model.addAttribute("refusalKey", refusal.messageKey());
        model.addAttribute("refusalArgs", refusal.arguments());
        RefusedCheck check = RefusedCheck.ofRule(refusal.messageKey());
        model.addAttribute(RefusedCheck.CHECK, check == null ? null : check.name());
        return "error/409";
    }

    /**
     * An upload above the servlet's own limit never reaches its use case: the refusal names the limit in
     * megabytes (R-PRIV-04), as the use cases' own size messages do, instead of a bare error or "{0}".
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String uploadTooLarge(Model model) {
        model.addAttribute("refusalKey", "upload.tooLarge");
        model.addAttribute("refusalArgs", new Object[] {largestUpload.toMegabytes()});
        model.addAttribute("refusalCode", HttpStatus.PAYLOAD_TOO_LARGE.value());
        return "error/409";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
