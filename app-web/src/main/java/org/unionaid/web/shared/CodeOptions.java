package org.unionaid.web.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unbescape.html.HtmlEscape;

/**
 * The {@code <option>}s of a search bar's select of coded values ({@code fragments/codes.html}, {@code filter} and
 * {@code smallFilter}), written here rather than by a {@code th:each}: four expressions per option, a message among
 * them, made the file list's four filters (33 options) a quarter of the page's rendering (docs/benchmarks.md,
 * pages). Each code's label is looked up once per language; only which option is selected changes per request.
 * The markup is what the template wrote: one option a line, indented as the fragment indents them, the value as
 * the code's name, text and attributes escaped as Thymeleaf escapes them ({@link HtmlEscape#escapeHtml4Xml}),
 * and an unknown message key shown as Thymeleaf shows one.
 */
@Component("codeOptions")
public class CodeOptions {

    /** The whitespace between two options, as the fragment lays them out inside the {@code <select>}. */
    private static final String BETWEEN = "\n    ";

    /** Far more than the templates' coded selects in two languages ever need. */
    static final int KEPT = 1024;

    private final MessageSource messages;
    private final ConcurrentMap<Key, List<Option>> options = new ConcurrentHashMap<>();

    CodeOptions(MessageSource messages) {
        this.messages = messages;
    }

    private record Key(List<?> values, String prefix, Locale locale) {
    }

    /** One option: its code, and its markup up to the value's closing quote and after it. */
    private record Option(Object code, String start, String end) {
    }

    /**
     * The options for {@code values} (an array or an iterable of codes), labelled by the messages
     * {@code prefix + '.' + code}, with {@code current} selected.
     */
    public String html(Object values, Object current, String prefix, Locale locale) {
        Key key = new Key(codes(values), prefix, locale);
        List<Option> list = options.get(key);
        if (list == null) {
            list = render(key);
            if (options.size() < KEPT) { // ?lang= takes any language: the cache must not grow with what users type
                options.putIfAbsent(key, list);
            }
        }
        StringBuilder html = new StringBuilder(list.size() * 48);
        for (Option option : list) {
            if (!html.isEmpty()) {
                html.append(BETWEEN);
            }
            html.append(option.start());
            if (Objects.equals(option.code(), current)) {
                html.append(" selected=\"selected\"");
            }
            html.append(option.end());
        }
        return html.toString();
    }

    private static List<?> codes(Object values) {
        if (values instanceof Object[] array) {
            return Arrays.asList(array);
        }
        List<Object> codes = new ArrayList<>();
        ((Iterable<?>) values).forEach(codes::add);
        return codes;
    }

    /** How many option lists are kept. */
    int kept() {
        return options.size();
    }

    private List<Option> render(Key key) {
        return key.values().stream().map(code -> {
            String message = key.prefix() + "." + code;
            String label = messages.getMessage(message, null, "??" + message + "_" + key.locale() + "??", key.locale());
            return new Option(code, "<option value=\"" + HtmlEscape.escapeHtml4Xml(String.valueOf(code)) + "\"",
                    ">" + HtmlEscape.escapeHtml4Xml(label) + "</option>");
        }).toList();
    }
}
