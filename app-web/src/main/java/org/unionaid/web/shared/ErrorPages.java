package org.unionaid.web.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.shared.NotFoundException;
import org.unionaid.web.security.DeniedAccessRecorder;

/** Refusals from use cases become the friendly Chinese 403 and 404 pages, never a stack trace. */
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

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
