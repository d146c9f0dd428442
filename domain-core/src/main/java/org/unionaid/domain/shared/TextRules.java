package org.unionaid.domain.shared;

import java.util.Optional;

/**
 * What a person may type into a text field, judged where the text enters the domain (the file form, an import
 * row, an upload) before it reaches its column, so that the answer is a sentence next to the field and never a
 * database error:
 * <ul>
 * <li>R-PRIV-04 — a text fits its column: at most the column's number of characters, counted as PostgreSQL
 * counts them (code points), the limit and the length named in the refusal. The column's {@code varchar(n)} is
 * the same limit in the database, and the form's {@code maxlength} the same in the browser.</li>
 * <li>R-PRIV-05 — names and file names hold no invisible character: zero-width characters (U+200B…U+200D,
 * U+2060, U+FEFF), the text-direction controls (U+200E/F, U+202A…U+202E, U+2066…U+2069, U+061C) — every
 * format character (Unicode category Cf) — control characters, line and paragraph separators, and the Hangul
 * fillers that print as nothing. Such a character makes one name look like another (a duplicate check or an
 * auditor's eye passes it) or turns a file named 说明, U+202E, {@code fdp.exe} into what looks like a PDF.</li>
 * </ul>
 * Multi-line notes may hold line breaks; only names and file names are held to R-PRIV-05.
 */
public final class TextRules {

    /** A person's name: 姓名 of a worker, a household member, a card holder, a cadre, a delegation's leader. */
    public static final int PERSON_NAME = 50;

    /** A stored file name: its last 200 characters are kept, so an extension survives. */
    public static final int FILE_NAME = 200;

    private TextRules() {
    }

    /** R-PRIV-04 — refused when {@code value} has more than {@code limit} characters. */
    public static Optional<Refusal> fits(String value, int limit) {
        int length = value == null ? 0 : value.codePointCount(0, value.length());
        return length > limit ? Refusal.refuse("text.tooLong", limit, length) : Optional.empty();
    }

    /** R-PRIV-05 — refused when {@code value} holds a character that prints as nothing or turns the text around. */
    public static Optional<Refusal> visible(String value) {
        return value != null && value.codePoints().anyMatch(TextRules::invisible)
                ? Refusal.refuse("text.invisible") : Optional.empty();
    }

    /** R-PRIV-04 for one form field: returns the value, or refuses on {@code field}. */
    public static String within(String field, String value, int limit) {
        fits(value, limit).ifPresent(refusal -> {
            throw refusal.onField(field);
        });
        return value;
    }

    /** R-PRIV-04 and R-PRIV-05 for a name typed into {@code field}. */
    public static String name(String field, String value, int limit) {
        visible(value).ifPresent(refusal -> {
            throw refusal.onField(field);
        });
        return within(field, value, limit);
    }

    /**
     * R-PRIV-05 for the name an uploaded file came with: refused on {@code field} (the upload's own field) with
     * the file-name message; a long name is kept by its last {@link #FILE_NAME} characters, as before.
     */
    public static String fileName(String field, String filename, String whenBlank) {
        if (filename == null || filename.isBlank()) {
            return whenBlank;
        }
        if (visible(filename).isPresent()) {
            throw DomainException.onField(field, "upload.fileName.invisible");
        }
        String name = filename.strip();
        int length = name.codePointCount(0, name.length());
        return length <= FILE_NAME ? name : name.substring(name.offsetByCodePoints(0, length - FILE_NAME));
    }

    static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
    }
}
