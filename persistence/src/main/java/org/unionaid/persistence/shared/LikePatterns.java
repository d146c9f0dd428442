package org.unionaid.persistence.shared;

import java.util.Locale;

/** Builds LIKE patterns from what a user typed, so that % and _ are searched for, not wildcards. */
public final class LikePatterns {

    /** The escape character the patterns use; pass it to {@code CriteriaBuilder.like}. */
    public static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    /** A lower-case "contains" pattern for {@code text}. */
    public static String containing(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
