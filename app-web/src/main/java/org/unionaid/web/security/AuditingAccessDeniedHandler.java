package org.unionaid.web.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.unionaid.domain.security.Role;

/**
 * Records a denial by the URL rules (or a bad CSRF token), then answers 403 with the error page, which names the
 * check that refused (R-PRIV-07): the roles the URL needs, or an expired form. The page is rendered here, in the
 * user's language, rather than by an error dispatch, so that it says the same behind any container.
 */
@Component
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final DeniedAccessRecorder recorder;
    private final ViewResolver views;
    private final LocaleResolver locales;

    AuditingAccessDeniedHandler(DeniedAccessRecorder recorder, @Qualifier("thymeleafViewResolver") ViewResolver views,
            LocaleResolver locales) {
        this.recorder = recorder;
        this.views = views;
        this.locales = locales;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException, ServletException {
        recorder.record(request, accessDeniedException.getClass().getSimpleName());
        if (accessDeniedException instanceof CsrfException) {
            RefusedCheck.EXPIRED_FORM.describe(request, Set.of());
        } else {
            RefusedCheck.ROLE.describe(request, neededRoles(accessDeniedException));
        }
        if (response.isCommitted()) {
            return;
        }
        Locale locale = locales.resolveLocale(request);
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        Map<String, Object> model = new LinkedHashMap<>();
        for (String name : new String[] {RefusedCheck.CHECK, RefusedCheck.NEEDED_ROLES, RefusedCheck.USER_UNION,
                RefusedCheck.USER_ROLES}) {
            model.put(name, request.getAttribute(name));
        }
        LocaleContextHolder.setLocale(locale);
        try {
            View page = views.resolveViewName("error/403", locale);
            response.setStatus(HttpStatus.FORBIDDEN.value());
            page.render(model, request, response);
        } catch (Exception failure) {
            throw new ServletException("cannot render the 403 page", failure);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** The roles a URL rule asked for, read from its decision ({@code hasAnyRole(…)}); empty when it names none. */
    private static Set<Role> neededRoles(AccessDeniedException denied) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (denied instanceof AuthorizationDeniedException authorization
                && authorization.getAuthorizationResult() instanceof AuthorityAuthorizationDecision decision) {
            decision.getAuthorities().forEach(authority -> {
                String name = authority.getAuthority().replaceFirst("^ROLE_", "");
                Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).forEach(roles::add);
            });
        }
        return roles;
    }
}
