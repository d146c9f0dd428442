package org.unionaid.web.shared;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.IServletWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.unionaid.domain.security.Role;
import org.unionaid.web.security.CurrentUser;

/**
 * The navigation's links ({@code fragments/navigation.html}) as the layout writes them into every page. They
 * depend on the user's roles and the language only, yet cost some sixty expressions — role tests, messages, links
 * — on each page (docs/benchmarks.md, pages). They are rendered once per roles, language and context path, from
 * the template, so the markup stays in the template. {@code ?lang=} takes any language, so the cache keeps at most
 * {@link #KEPT} renderings and renders the rest every time rather than grow with what users type.
 */
@Component("navigationLinks")
public class NavigationLinks {

    /** Far more than the roles' combinations users hold, in two languages, ever need. */
    static final int KEPT = 64;

    private final ITemplateEngine templates;
    private final ConcurrentMap<Key, String> rendered = new ConcurrentHashMap<>();

    NavigationLinks(ITemplateEngine templates) {
        this.templates = templates;
    }

    private record Key(Set<Role> roles, Locale locale, String contextPath) {
    }

    /** The links for {@code user}, in the language of {@code page} (the layout's {@code #ctx}). */
    public String html(CurrentUser user, IExpressionContext page) {
        IServletWebExchange exchange = (IServletWebExchange) ((IWebContext) page).getExchange();
        Key key = new Key(user.getRoles(), page.getLocale(), exchange.getRequest().getApplicationPath());
        String html = rendered.get(key);
        if (html == null) {
            html = render(exchange, key.locale(), user);
            if (rendered.size() < KEPT) {
                rendered.putIfAbsent(key, html);
            }
        }
        return html;
    }

    /** How many renderings are kept. */
    int kept() {
        return rendered.size();
    }

    /**
     * Rendered on the page's request and response (for its links) but with attributes of its own: a web context's
     * variables are request attributes, and the page's evaluation context among them must not be replaced.
     */
    private String render(IServletWebExchange page, Locale locale, CurrentUser user) {
        HttpServletRequest request = (HttpServletRequest) page.getNativeRequestObject();
        IWebExchange exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(new OwnAttributes(request), (HttpServletResponse) page.getNativeResponseObject());
        return templates.process("fragments/navigation", Set.of("links"),
                new WebContext(exchange, locale, Map.of("user", user)));
    }

    /** A request whose attributes start empty and stay its own. */
    private static final class OwnAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }
    }
}
