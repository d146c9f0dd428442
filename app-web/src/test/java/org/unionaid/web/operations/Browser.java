package org.unionaid.web.operations;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as a session goes: it keeps the {@code SESSION} cookie it was given and sends it to
 * whichever node it is pointed at, over real HTTP, following no redirects.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]*)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile String session;

    String session() {
        return session;
    }

    /** Signs in through the login form of the node at {@code base}; returns where the node sent the browser. */
    String signIn(String base, String login, String password) throws IOException, InterruptedException {
        String token = csrfToken(base, "/login");
        HttpResponse<String> response = post(base, "/login", token, Map.of("username", login, "password", password));
        return response.headers().firstValue("Location").orElse("");
    }

    /**
     * Signs in with the password and, when the node asks for it (R-AUTH-01), the code {@code code} gives at that
     * moment; returns where the node sent the browser last.
     */
    String signIn(String base, String login, String password, Supplier<String> code)
            throws IOException, InterruptedException {
        String location = signIn(base, login, password);
        if (!location.endsWith("/login/code")) {
            return location;
        }
        String token = csrfToken(base, "/login/code");
        return post(base, "/login/code", token, Map.of("code", code.get())).headers().firstValue("Location")
                .orElse("");
    }

    HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> post(String base, String path, String csrfToken, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&", "_csrf=" + encode(csrfToken) + (form.isEmpty() ? "" : "&"), ""));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The CSRF token of the session as a page of the node at {@code base} renders it into its forms. */
    String csrfToken(String base, String path) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(base, path).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + path);
        }
        return token.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").forEach(cookie -> {
            Matcher value = SESSION.matcher(cookie);
            if (value.find()) {
                session = value.group(1).isEmpty() ? null : value.group(1);
            }
        });
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
