package org.unionaid.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionaid.domain.person.PersonalDataProtector.Purpose.BANK_CARD;
import static org.unionaid.domain.person.PersonalDataProtector.Purpose.BANK_FILE;
import static org.unionaid.domain.person.PersonalDataProtector.Purpose.RESIDENT_ID;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AesGcmPersonalDataProtectorTest {

    private static final String ID = "11010519491231002X";

    private final AesGcmPersonalDataProtector protector = new AesGcmPersonalDataProtector(PersonalDataKeys.generate());

    @Test
    void sealedValuesOpenAgainAndHoldNoPlaintext() {
        byte[] sealed = protector.seal(RESIDENT_ID, ID);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("1949");
        assertThat(protector.open(RESIDENT_ID, sealed)).isEqualTo(ID);
    }

    @Test
    void bytesThatAreNotTextOpenAgainExactlyAndOnlyForTheirPurpose() {
        byte[] gbkFile = "622202,欧阳喆,2000.00\r\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] sealed = protector.sealBytes(BANK_FILE, gbkFile);

        assertThat(sealed).hasSize(1 + 12 + gbkFile.length + 16);
        assertThat(protector.openBytes(BANK_FILE, sealed)).isEqualTo(gbkFile);
        assertThatThrownBy(() -> protector.openBytes(BANK_CARD, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sealingTwiceGivesDifferentBytes() {
        assertThat(protector.seal(RESIDENT_ID, ID)).isNotEqualTo(protector.seal(RESIDENT_ID, ID));
    }

    @Test
    void aValueSealedForOnePurposeDoesNotOpenForAnother() {
        byte[] sealed = protector.seal(RESIDENT_ID, ID);
        assertThatThrownBy(() -> protector.open(BANK_CARD, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void alteredBytesAreDetected() {
        byte[] sealed = protector.seal(RESIDENT_ID, ID);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> protector.open(RESIDENT_ID, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeyCannotOpen() {
        byte[] sealed = protector.seal(RESIDENT_ID, ID);
        var stranger = new AesGcmPersonalDataProtector(PersonalDataKeys.generate());
        assertThatThrownBy(() -> stranger.open(RESIDENT_ID, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void blindIndexIsDeterministicPerKeyAndPurpose() {
        assertThat(protector.blindIndex(RESIDENT_ID, ID)).isEqualTo(protector.blindIndex(RESIDENT_ID, ID))
                .hasSize(32);
        assertThat(protector.blindIndex(RESIDENT_ID, ID)).isNotEqualTo(protector.blindIndex(BANK_CARD, ID));
        assertThat(protector.blindIndex(RESIDENT_ID, ID))
                .isNotEqualTo(new AesGcmPersonalDataProtector(PersonalDataKeys.generate()).blindIndex(RESIDENT_ID, ID));
    }

    @Test
    void keysMustBe256BitsAndDifferent() {
        assertThatThrownBy(() -> PersonalDataKeys.fromBase64("c2hvcnQ=", "c2hvcnQ="))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        PersonalDataKeys keys = PersonalDataKeys.generate();
        assertThatThrownBy(() -> PersonalDataKeys.fromBase64(keys.encryptionKeyBase64(), keys.encryptionKeyBase64()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ");
        assertThat(keys.toString()).doesNotContain(keys.encryptionKeyBase64());
    }

    @Test
    void productionWithoutKeysDoesNotStart() {
        assertThatThrownBy(() -> PersonalDataProtectionConfiguration.keys("", "", ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("UNIONAID_PERSONAL_DATA_ENCRYPTION_KEY");
    }

    @Test
    void demoKeysAreGeneratedOnceKeptPrivateAndReused(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("data/personal-data-keys.properties");

        PersonalDataKeys first = PersonalDataProtectionConfiguration.keys("", "", file.toString());
        PersonalDataKeys again = PersonalDataProtectionConfiguration.keys("", "", file.toString());

        assertThat(again).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
