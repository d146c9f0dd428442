package org.unionaid.web.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.stereotype.Component;

/** Records a denial by the URL rules (or a bad CSRF token), then answers 403 with the error page. */
@Component
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final DeniedAccessRecorder recorder;
    private final AccessDeniedHandler delegate = new AccessDeniedHandlerImpl();

    AuditingAccessDeniedHandler(DeniedAccessRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException, ServletException {
        recorder.record(request, accessDeniedException.getClass().getSimpleName());
        delegate.handle(request, response, accessDeniedException);
    }
}
