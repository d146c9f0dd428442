package org.unionaid.web.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionaid.domain.ledger.CheckpointSeal;

/**
 * The key that seals ledger checkpoints (R-LEDGER-07): {@code unionaid.ledger.checkpoint-key} (Base64, at least
 * 32 bytes; environment variable {@code UNIONAID_LEDGER_CHECKPOINT_KEY}), kept in the installation's secret store
 * beside the personal-data keys and never in the database, so that whoever can rewrite the ledger's tables
 * cannot seal a checkpoint to match. Only where {@code unionaid.ledger.checkpoint-demo-key-file} is set (the demo
 * profile) is a key generated once and kept in that file; anywhere else a missing key stops the start.
 */
@Configuration
class CheckpointKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CheckpointKeyConfiguration.class);

    @Bean
    CheckpointSeal checkpointSeal(@Value("${unionaid.ledger.checkpoint-key:}") String key,
            @Value("${unionaid.ledger.checkpoint-demo-key-file:}") String demoKeyFile) {
        if (!key.isBlank()) {
            return CheckpointSeal.fromBase64(key);
        }
        if (!demoKeyFile.isBlank()) {
            return CheckpointSeal.fromBase64(demoKey(Path.of(demoKeyFile).toAbsolutePath().normalize()));
        }
        throw new IllegalStateException("Ledger checkpoints cannot be sealed: set UNIONAID_LEDGER_CHECKPOINT_KEY (a "
                + "Base64-encoded key of at least 32 bytes, e.g. from 'openssl rand -base64 32') and keep it in your "
                + "secret store, not in the database.");
    }

    private static String demoKey(Path file) {
        try {
            Properties stored = new Properties();
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    stored.load(in);
                }
                return stored.getProperty("checkpoint-key");
            }
            byte[] key = new byte[CheckpointSeal.MINIMUM_KEY_LENGTH];
            new SecureRandom().nextBytes(key);
            stored.setProperty("checkpoint-key", Base64.getEncoder().encodeToString(key));
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                stored.store(out, "UnionAid demo ledger checkpoint key: demo use only, never production");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.warn("Cannot restrict permissions of {} on this file system", file);
            }
            log.info("Generated a demo ledger checkpoint key in {}", file);
            return stored.getProperty("checkpoint-key");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the demo checkpoint key file " + file, e);
        }
    }
}
