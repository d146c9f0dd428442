package org.unionaid.persistence.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * R-OPS-02 — {@code UNIONAID-BACKUP.txt}: a backup folder's description for the operator (label, WAL
 * positions, server) and, one line each, the SHA-256, size and path of every file, which a restore checks
 * before it copies anything — a backup damaged on its way to the shelf is refused, not half restored.
 */
final class BackupManifest {

    private static final String FILE_LINE = "file ";

    private BackupManifest() {
    }

    static void write(Path target, Path copy, String label, String start, String stop, String version)
            throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "# UnionAid backup of the embedded PostgreSQL (base-backup API). Restore: see docs/operations.md.",
                "# Holds no personal-data keys: keep them apart, a restore is readable only with them.",
                "label " + label,
                "start-lsn " + start,
                "stop-lsn " + stop,
                "server " + version));
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                lines.add(FILE_LINE + sha256(file) + " " + Files.size(file) + " " + target.relativize(file));
            }
        }
        Files.write(target.resolve(EmbeddedBackup.MANIFEST), lines, StandardCharsets.UTF_8);
    }

    /** Refuses a backup whose files are missing, extra or not the bytes that were written. */
    static void verify(Path backup) throws IOException {
        Path manifest = backup.resolve(EmbeddedBackup.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new IllegalStateException(backup + " is not a UnionAid backup: " + EmbeddedBackup.MANIFEST + " is missing.");
        }
        List<String> listed = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (!line.startsWith(FILE_LINE)) {
                continue;
            }
            String[] parts = line.substring(FILE_LINE.length()).split(" ", 3);
            Path file = backup.resolve(parts[2]);
            if (!Files.isRegularFile(file) || Files.size(file) != Long.parseLong(parts[1])
                    || !sha256(file).equals(parts[0])) {
                throw new IllegalStateException("The backup in " + backup + " is damaged: " + parts[2]
                        + " is missing or differs from what was backed up. Nothing was restored.");
            }
            listed.add(parts[2]);
        }
        try (Stream<Path> files = Files.walk(backup.resolve(EmbeddedBackup.DATA))) {
            long present = files.filter(Files::isRegularFile).count();
            if (present != listed.size()) {
                throw new IllegalStateException("The backup in " + backup + " holds " + present + " files, its manifest "
                        + listed.size() + ". Nothing was restored.");
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStreamSink.INSTANCE);
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Discards bytes: the digest is what is wanted. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
