package org.unionaid.reporting.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Lays out a well-formed XHTML page (a notice, a roster, a statistics table) as a PDF to print and post.
 *
 * <p>Chinese text is set in Noto Sans SC (SIL Open Font License 1.1, which allows embedding), shipped in
 * this module so that a machine without CJK fonts prints the same document. Only the glyphs used are
 * embedded, and each carries its Unicode mapping, so the text layer can be searched and copied; PDFBox
 * 3.0.8 is pinned because 3.0.7 maps 工 and 金 to Kangxi radicals. Pages name the family {@link #FONT_FAMILY}
 * in their CSS.
 */
public final class PdfRenderer {

    public static final String FONT_FAMILY = "Noto Sans SC";

    private static final String FONT_RESOURCE = "NotoSansSC-Regular.ttf";

    /** Read once: each document parses the font afresh, since PDFBox fonts belong to one document. */
    private static final byte[] FONT = readFont();

    private PdfRenderer() {
    }

    /**
     * Writes the page as PDF.
     *
     * @param xhtml the page; must be well-formed XML. Its {@code <title>} becomes the document title.
     */
    public static void render(String xhtml, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(FONT), FONT_FAMILY);
        builder.withHtmlContent(xhtml, null);
        builder.withProducer("UnionAid");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF", e);
        }
    }

    private static byte[] readFont() {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font " + FONT_RESOURCE + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
