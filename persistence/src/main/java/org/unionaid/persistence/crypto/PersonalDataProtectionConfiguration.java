package org.unionaid.persistence.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionaid.domain.person.PersonalDataProtector;

/**
 * Where the personal-data keys come from: {@code unionaid.personal-data.encryption-key} and
 * {@code unionaid.personal-data.index-key} (Base64, 32 bytes each; environment variables
 * {@code UNIONAID_PERSONAL_DATA_ENCRYPTION_KEY} / {@code UNIONAID_PERSONAL_DATA_INDEX_KEY}). Only
 * where {@code unionaid.personal-data.demo-key-file} is set (the demo profile) are keys generated
 * once and kept in that file next to the demo database; anywhere else a missing key stops the start.
 */
@Configuration
public class PersonalDataProtectionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataProtectionConfiguration.class);

    @Bean
    PersonalDataProtector personalDataProtector(
            @Value("${unionaid.personal-data.encryption-key:}") String encryptionKey,
            @Value("${unionaid.personal-data.index-key:}") String indexKey,
            @Value("${unionaid.personal-data.demo-key-file:}") String demoKeyFile) {
        return new AesGcmPersonalDataProtector(keys(encryptionKey, indexKey, demoKeyFile));
    }

    static PersonalDataKeys keys(String encryptionKey, String indexKey, String demoKeyFile) {
        if (!encryptionKey.isBlank() || !indexKey.isBlank()) {
            return PersonalDataKeys.fromBase64(encryptionKey, indexKey);
        }
        if (!demoKeyFile.isBlank()) {
            return demoKeys(Path.of(demoKeyFile).toAbsolutePath().normalize());
        }
        throw new IllegalStateException("Personal data cannot be protected: set UNIONAID_PERSONAL_DATA_ENCRYPTION_KEY "
                + "and UNIONAID_PERSONAL_DATA_INDEX_KEY (two different Base64-encoded 32-byte keys, e.g. from "
                + "'openssl rand -base64 32') and keep them in your secret store.");
    }

    private static PersonalDataKeys demoKeys(Path file) {
        try {
            if (Files.exists(file)) {
                Properties stored = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    stored.load(in);
                }
                return PersonalDataKeys.fromBase64(stored.getProperty("encryption-key"),
                        stored.getProperty("index-key"));
            }
            PersonalDataKeys keys = PersonalDataKeys.generate();
            Properties stored = new Properties();
            stored.setProperty("encryption-key", keys.encryptionKeyBase64());
            stored.setProperty("index-key", keys.indexKeyBase64());
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                stored.store(out, "UnionAid demo personal-data keys: demo use only, never production");
            }
            restrictToOwner(file);
            log.info("Generated demo personal-data keys in {}", file);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the demo key file " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.warn("Cannot restrict permissions of {} on this file system", file);
        }
    }
}
