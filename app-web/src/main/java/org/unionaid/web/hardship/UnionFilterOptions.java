package org.unionaid.web.hardship;

import java.util.List;

import org.unbescape.html.HtmlEscape;
import org.unionaid.domain.organisation.UnionInReach;

/**
 * The {@code <option>}s of the file list's union filter, written here rather than by a {@code th:each}: a
 * province admin's list offers every federation of the province (166 in the benchmark's province, more where
 * street and industry unions count), and evaluating four expressions per option was three quarters of the
 * page's time (docs/benchmarks.md, pages). The markup is what the template wrote: one option a line, indented as
 * the template indents them, the label indented by one ideographic space per level below the first union, text
 * and attributes escaped as Thymeleaf escapes them ({@link HtmlEscape#escapeHtml4Xml}).
 */
final class UnionFilterOptions {

    /** The whitespace between two options, as the template lays them out inside the {@code <select>}. */
    private static final String BETWEEN = "\n        ";

    private UnionFilterOptions() {
    }

    static String html(List<UnionInReach> unions, Long selected) {
        if (unions.isEmpty()) {
            return "";
        }
        int top = unions.get(0).depth();
        StringBuilder html = new StringBuilder(unions.size() * 64);
        for (UnionInReach union : unions) {
            if (html.length() > 0) {
                html.append(BETWEEN);
            }
            html.append("<option value=\"").append(union.id()).append('"');
            if (selected != null && union.id() == selected) {
                html.append(" selected=\"selected\"");
            }
            html.append('>').append(HtmlEscape.escapeHtml4Xml("　".repeat(union.depth() - top) + union.name()))
                    .append("</option>");
        }
        return html.toString();
    }
}
