package org.unionaid.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

/**
 * R-OPS-02 — a physical backup of the running embedded PostgreSQL into a folder, without stopping it,
 * through PostgreSQL's base-backup API (the embedded binaries carry neither pg_basebackup nor pg_dump):
 * {@code pg_backup_start}, a copy of the data directory's files while the server goes on writing (full-page
 * writes during the backup make torn copies harmless), {@code pg_backup_stop}, whose label file goes into
 * the copy as {@code backup_label}, and the WAL segments from the backup's start to its end, which a
 * temporary replication slot keeps from being recycled meanwhile. Started on the restored folder,
 * PostgreSQL replays that WAL and is consistent as of the backup's end.
 *
 * <p>The backup is the database only: the personal-data keys are never in it (they are not in the data
 * directory), and without them the ID and card numbers it holds cannot be read.
 */
public final class EmbeddedBackup {

    /** The copy of the data directory inside a backup folder. */
    public static final String DATA = "postgres";
    /** What the backup is: label, WAL positions, time, server version, and a SHA-256 line per file. */
    public static final String MANIFEST = "UNIONAID-BACKUP.txt";

    /** Runtime state that a base backup leaves out; the directories themselves are recreated empty. */
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial",
            "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
            "tablespace_map", "backup_manifest", "current_logfiles", LeftoverServer.APPLICATION_LOCK, "pg_internal.init");

    private EmbeddedBackup() {
    }

    /** What a finished backup says about itself. */
    public record Result(Path folder, String startLsn, String stopLsn, long files) {
    }

    /**
     * Backs up the server on {@code localhost:port}, which must be serving {@code dataDirectory}, into the new
     * or empty folder {@code target}.
     */
    public static Result backup(Path dataDirectory, int port, Path target) throws IOException, SQLException {
        Path data = dataDirectory.toRealPath();
        requireEmpty(target);
        Path copy = Files.createDirectories(target.resolve(DATA));
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            String served = single(statement, "select current_setting('data_directory')");
            if (!Path.of(served).toRealPath().equals(data)) {
                throw new IllegalStateException("The PostgreSQL on port " + port + " serves " + served + ", not " + data);
            }
            String label = "unionaid " + Instant.now();
            // Temporary: dropped with this session, whatever happens to the backup.
            statement.execute("select pg_create_physical_replication_slot('unionaid_backup_' || pg_backend_pid(), true, true)");
            String start = single(statement, "select pg_backup_start('" + label + "', true)");
            long files = copyTree(data, copy, true);
            String stop;
            String labelFile;
            String tablespaceMap;
            try (ResultSet stopped = statement.executeQuery("select lsn, labelfile, spcmapfile from pg_backup_stop(false)")) {
                stopped.next();
                stop = stopped.getString(1);
                labelFile = stopped.getString(2);
                tablespaceMap = stopped.getString(3);
            }
            Files.writeString(copy.resolve("backup_label"), labelFile, StandardCharsets.UTF_8);
            if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
                Files.writeString(copy.resolve("tablespace_map"), tablespaceMap, StandardCharsets.UTF_8);
            }
            files += copyWal(statement, data, copy, start, stop);
            String version = single(statement, "select version()");
            BackupManifest.write(target, copy, label, start, stop, version);
            return new Result(target, start, stop, files);
        }
    }

    /**
     * Puts a backup folder in place as the data directory, which must not hold a database: a directory
     * that does is moved aside (never deleted) when {@code replace} is set, refused otherwise. The server must
     * be stopped. Every file is checked against the manifest first.
     */
    public static Path restore(Path backup, Path dataDirectory, boolean replace) throws IOException {
        Path data = dataDirectory.toAbsolutePath().normalize();
        if (LeftoverServer.postmaster(data).isPresent()) {
            throw new IllegalStateException("A PostgreSQL is running on " + data + ": stop the application first.");
        }
        BackupManifest.verify(backup);
        Path movedAside = null;
        if (Files.isDirectory(data) && !isEmpty(data)) {
            if (!replace) {
                throw new IllegalStateException(data + " already holds a database. Move it away, or restore with "
                        + "--replace to have it moved aside.");
            }
            movedAside = data.resolveSibling(data.getFileName() + ".before-restore-"
                    + Instant.now().toString().replace(':', '-'));
            Files.move(data, movedAside);
        }
        Files.createDirectories(data);
        copyTree(backup.resolve(DATA), data, false);
        // PostgreSQL starts only on a data directory that nobody else can read.
        Files.setPosixFilePermissions(data, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        return movedAside;
    }

    private static long copyWal(Statement statement, Path data, Path copy, String start, String stop)
            throws SQLException, IOException {
        String first = single(statement, "select pg_walfile_name('" + start + "')");
        String last = single(statement, "select pg_walfile_name('" + stop + "')");
        Path wal = copy.resolve("pg_wal");
        Files.createDirectories(wal.resolve("archive_status"));
        long copied = 0;
        try (Stream<Path> segments = Files.list(data.resolve("pg_wal"))) {
            for (Path segment : segments.toList()) {
                String name = segment.getFileName().toString();
                boolean needed = name.matches("[0-9A-F]{24}") && name.compareTo(first) >= 0 && name.compareTo(last) <= 0;
                if (needed || name.endsWith(".history")) {
                    Files.copy(segment, wal.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                    copied++;
                }
            }
        }
        return copied;
    }

    /** Copies a tree; as a base backup, without the runtime state a backup leaves out. */
    private static long copyTree(Path from, Path to, boolean asBaseBackup) throws IOException {
        long[] files = {0};
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Path relative = from.relativize(dir);
                Files.createDirectories(to.resolve(relative.toString()));
                boolean runtimeState = relative.getNameCount() == 1 && EMPTIED.contains(relative.toString());
                return asBaseBackup && (runtimeState || isTemporary(dir)) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String name = file.getFileName().toString();
                if (asBaseBackup && (SKIPPED.contains(name) || isTemporary(file))) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                    files[0]++;
                } catch (NoSuchFileException dropped) {
                    // A table dropped while we copied: the WAL replay drops it in the copy too.
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return files[0];
    }

    private static boolean isTemporary(Path path) {
        return path.getFileName().toString().startsWith("pgsql_tmp");
    }

    private static void requireEmpty(Path target) throws IOException {
        if (Files.exists(target) && !(Files.isDirectory(target) && isEmpty(target))) {
            throw new IllegalStateException(target + " exists and is not an empty folder: choose a new one.");
        }
    }

    private static boolean isEmpty(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
