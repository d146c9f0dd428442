package org.unionaid.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Specifies R-PRIV-04 (a text fits its column) and R-PRIV-05 (no invisible characters in names and file names). */
class TextRulesTest {

    // R-PRIV-04
    @Test
    void aTextLongerThanItsColumnIsRefusedNamingTheLimitAndItsLength() {
        assertThat(TextRules.fits("王".repeat(50), 50)).isEmpty();
        assertThat(TextRules.fits("王".repeat(10_000), 50)).hasValue(Refusal.of("text.tooLong", 50, 10_000));
        assertThat(TextRules.fits(null, 50)).isEmpty();
        assertThatThrownBy(() -> TextRules.within("address", "路".repeat(201), 200))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("address");
                    assertThat(refusal.messageKey()).isEqualTo("text.tooLong");
                });
    }

    // R-PRIV-04: PostgreSQL's varchar counts characters, so a character outside the BMP counts once.
    @Test
    void charactersAreCountedAsTheDatabaseCountsThem() {
        String rare = "𠈌".repeat(50);
        assertThat(rare.length()).isEqualTo(100);
        assertThat(TextRules.fits(rare, 50)).isEmpty();
    }

    // R-PRIV-05
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"200B", "200C", "200D", "2060", "FEFF", "200E", "200F", "202A", "202B", "202C", "202D",
            "202E", "2066", "2067", "2068", "2069", "061C", "00AD", "0000", "0009", "000A", "2028", "3164"})
    void aNameWithAnInvisibleOrDirectionCharacterIsRefused(String hex) {
        String name = "王" + Character.toString(Integer.parseInt(hex, 16)) + "芳";
        assertThat(TextRules.visible(name)).hasValue(Refusal.of("text.invisible"));
        assertThatThrownBy(() -> TextRules.name("workerName", name, 50))
                .isInstanceOfSatisfying(DomainException.class, refusal -> assertThat(refusal.field()).isEqualTo("workerName"));
    }

    // R-PRIV-05: what Chinese names are written with stays allowed.
    @ParameterizedTest
    @ValueSource(strings = {"王芳", "阿依古丽·买买提", "欧阳 修", "𠈌明", "Zhang Wei", "李　娜"})
    void ordinaryNamesPass(String name) {
        assertThat(TextRules.visible(name)).isEmpty();
        assertThat(TextRules.name("workerName", name, 50)).isEqualTo(name);
    }

    // R-PRIV-05
    @Test
    void aFileNameThatHidesItsTypeIsRefusedAndALongOneKeepsItsEnd() {
        String disguised = "发票" + Character.toString(0x202E) + "fdp.exe";
        assertThatThrownBy(() -> TextRules.fileName("document", disguised, "upload.pdf"))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("document");
                    assertThat(refusal.messageKey()).isEqualTo("upload.fileName.invisible");
                });
        assertThat(TextRules.fileName("document", " ", "upload.pdf")).isEqualTo("upload.pdf");
        String longName = "长".repeat(300) + ".pdf";
        assertThat(TextRules.fileName("document", longName, "upload.pdf")).hasSize(200).endsWith("长.pdf");
    }
}
