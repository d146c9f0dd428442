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
        return "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /** A "starts with" pattern for {@code text}, case kept (Chinese names have none). */
    public static String startingWith(String text) {
        return escape(text.strip()) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
