package org.unionaid.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL that keeps a union's data, killed for real: the application's JVM runs in a
 * process of its own ({@link ApplicationProcess}) and is ended with kill -9, alone or together with its
 * server. Specifies R-OPS-01 (docs/rules.md).
 */
class DurableEmbeddedPostgresTest {

    @TempDir
    Path data;

    @Test
    void everyCommitTheApplicationWasToldOfSurvivesKillingItAndItsServer() throws Exception {
        int port = freePort();
        ApplicationProcess.Started application = ApplicationProcess.start(data, port, "write");
        ProcessHandle server = LeftoverServer.postmaster(data).orElseThrow();
        long acknowledged = 0;
        while (acknowledged < 2_000) {
            String line = application.output().readLine();
            if (line != null && line.startsWith("ACK ")) {
                acknowledged = Long.parseLong(line.substring(4));
            }
        }
        // The whole server at once (pg_ctl makes the postmaster leader of its own process group), then the JVM.
        new ProcessBuilder("kill", "-KILL", "--", "-" + server.pid()).start().waitFor(30, TimeUnit.SECONDS);
        application.kill();
        server.onExit().get(60, TimeUnit.SECONDS);

        try (EmbeddedPostgres restarted = DurableEmbeddedPostgres.start(data, port);
                Connection connection = restarted.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            assertThat(single(statement, "select count(*) from acknowledged where n <= " + acknowledged))
                    .isEqualTo(String.valueOf(acknowledged));
            assertThat(List.of(single(statement, "show fsync"), single(statement, "show synchronous_commit"),
                    single(statement, "show full_page_writes"))).containsOnly("on");
        }
    }

    @Test
    void aServerLeftRunningByAKilledApplicationIsStoppedAndReplacedOnTheNextStart() throws Exception {
        int port = freePort();
        ApplicationProcess.Started application = ApplicationProcess.start(data, port, "idle");
        ProcessHandle leftover = LeftoverServer.postmaster(data).orElseThrow();
        application.kill();
        assertThat(leftover.isAlive()).as("nothing stopped the server of the killed application").isTrue();
        Instant restart = Instant.now();

        try (EmbeddedPostgres restarted = DurableEmbeddedPostgres.start(data, port);
                Connection connection = restarted.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            assertThat(leftover.isAlive()).isFalse();
            assertThat(LeftoverServer.postmaster(data).orElseThrow().pid()).isNotEqualTo(leftover.pid());
            try (ResultSet started = statement.executeQuery("select pg_postmaster_start_time()")) {
                started.next();
                assertThat(started.getTimestamp(1).toInstant()).isAfterOrEqualTo(restart.minusSeconds(1));
            }
            assertThat(single(statement, "select count(*) from acknowledged")).isEqualTo("0");
        }
    }

    @Test
    void aDataDirectoryInUseByARunningApplicationIsRefusedAndItsServerLeftAlone() throws Exception {
        int port = freePort();
        ApplicationProcess.Started application = ApplicationProcess.start(data, port, "idle");
        try {
            ProcessHandle server = LeftoverServer.postmaster(data).orElseThrow();

            assertThatThrownBy(() -> DurableEmbeddedPostgres.start(data, freePort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running UnionAid");
            assertThat(server.isAlive()).isTrue();
        } finally {
            application.process().destroy(); // SIGTERM: the JVM's shutdown hook stops its server
            application.process().waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void aServerOfAnotherDirectoryAnsweringOnThePortIsNeverUsed(@TempDir Path other) throws Exception {
        int port = freePort();
        try (EmbeddedPostgres foreign = EmbeddedPostgres.builder().setDataDirectory(other).setPort(port).start()) {
            assertThatThrownBy(() -> DurableEmbeddedPostgres.start(data, port))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is not the one this application started");
            try (Connection connection = foreign.getPostgresDatabase().getConnection()) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
