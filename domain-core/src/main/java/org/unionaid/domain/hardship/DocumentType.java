package org.unionaid.domain.hardship;

import java.util.Optional;

/**
 * The document formats accepted, recognised by their first bytes ("magic numbers"), never by the
 * file name or the type the browser claims.
 */
public enum DocumentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String contentType;
    private final byte[] magic;

    DocumentType(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** The type the content really is, if it is one of the accepted ones. */
    public static Optional<DocumentType> of(byte[] content) {
        for (DocumentType type : values()) {
            if (content.length >= type.magic.length && startsWith(content, type.magic)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether this is a picture, which a page may show inline (a photo), unlike a PDF. */
    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** The last part of the name the browser sent, without path or control characters, at most 200 long. */
    public static String safeFilename(String filename) {
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
