package org.unionaid.web.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.web.security.DeniedAccessRecorder;

/** Refusals from use cases become the friendly Chinese 403, 404 and 409 pages, never a stack trace. */
@ControllerAdvice
class ErrorPages {

    private final DeniedAccessRecorder deniedAccess;

    ErrorPages(DeniedAccessRecorder deniedAccess) {
        this.deniedAccess = deniedAccess;
    }

    @ExceptionHandler(OutsideScopeException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String outsideScope(OutsideScopeException refusal, HttpServletRequest request) {
        deniedAccess.record(request, refusal.getMessage());
        return "error/403";
    }

    /**
     * A business rule refused what the user asked, and no page caught it to show the refusal next to the
     * form: the rule's message, with a way back — a 409, never a 403 for someone who has the role and the
     * scope.
     */
    @ExceptionHandler(DomainException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(DomainException refusal, Model model) {
        model.addAttribute("refusalKey", refusal.messageKey());
        model.addAttribute("refusalArgs", refusal.arguments());
        return "error/409";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
