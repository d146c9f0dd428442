package org.unionaid.reporting.statistics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The formats a written summary may be uploaded in (R-STAT-03: 书面总结 as PDF or Word), recognised by their content,
 * never by the file name: PDF by its header, Word 97–2003 by the compound-file signature, Word 2007 and later as a
 * zip package holding {@code word/document.xml}.
 */
enum SummaryDocumentType {
    PDF("application/pdf"),
    DOC("application/msword"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** Entries looked at before a zip is judged not to be a Word document. */
    private static final int ENTRIES_LOOKED_AT = 64;

    private final String contentType;

    SummaryDocumentType(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    static Optional<SummaryDocumentType> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, OLE_MAGIC)) {
            return Optional.of(DOC);
        }
        return startsWith(content, ZIP_MAGIC) && holdsWordDocument(content) ? Optional.of(DOCX) : Optional.empty();
    }

    private static boolean holdsWordDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; i < ENTRIES_LOOKED_AT && (entry = zip.getNextEntry()) != null; i++) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException notAZip) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
