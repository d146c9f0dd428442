package org.unionaid.reporting.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static final String PAGE = """
            <html><head><title>困难职工公示</title>
            <style>body { font-family: '%s'; }</style></head>
            <body><h1>西湖区总工会困难职工公示</h1>
            <table><tr><td>张工金</td><td>330106********1234</td><td>金工机械厂</td></tr></table>
            </body></html>""".formatted(PdfRenderer.FONT_FAMILY);

    @Test
    void chineseTextCanBeExtractedAsWrittenIncludingTheCharactersPdfBox307Mangled() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(PAGE))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains("西湖区总工会困难职工公示", "张工金", "330106********1234", "金工机械厂");
            assertThat(text).doesNotContain("\u2F2F", "\u2FA6"); // ⼯ and ⾦, the Kangxi radicals
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("困难职工公示");
        }
    }

    @Test
    void theFontIsEmbeddedSoThePrintDoesNotDependOnTheReadersMachine() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(PAGE))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("NotoSansSC");
            });
        }
    }

    private static byte[] render(String page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.render(page, out);
        return out.toByteArray();
    }
}
