package org.unionaid.web.shared;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.util.UriUtils;

/**
 * The filter part of a paged list's links ({@code &q=…&type=…}), so that moving between pages
 * keeps the filters. Empty values are left out.
 */
public final class PageLinks {

    private PageLinks() {
    }

    public static String filterQuery(Map<String, ?> filters) {
        Map<String, Object> present = new LinkedHashMap<>();
        filters.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                present.put(name, value);
            }
        });
        return present.entrySet().stream()
                .map(e -> "&" + e.getKey() + "=" + UriUtils.encodeQueryParam(e.getValue().toString(),
                        StandardCharsets.UTF_8))
                .collect(Collectors.joining());
    }
}
