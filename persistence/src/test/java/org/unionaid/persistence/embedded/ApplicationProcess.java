package org.unionaid.persistence.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Stands in for the application in its own JVM, so that a test can kill it for real: starts the embedded
 * PostgreSQL exactly as the application does ({@link DurableEmbeddedPostgres}), prints {@code READY}, and
 * then either idles or commits numbered rows, printing {@code ACK n} after each commit has returned.
 * Arguments: data directory, port, {@code idle} or {@code write}.
 */
public final class ApplicationProcess {

    private ApplicationProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = DurableEmbeddedPostgres.start(Path.of(args[0]), Integer.parseInt(args[1]));
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists acknowledged (n bigint primary key)");
            System.out.println("READY");
            System.out.flush();
            if ("write".equals(args[2])) {
                for (long n = 1; ; n++) {
                    statement.execute("insert into acknowledged values (" + n + ")"); // autocommit: one commit each
                    System.out.println("ACK " + n);
                    System.out.flush();
                }
            }
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    /** Starts the stand-in in a new JVM on the test's class path and waits for its {@code READY}. */
    static Started start(Path dataDirectory, int port, String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ApplicationProcess.class.getName(), dataDirectory.toString(), String.valueOf(port), mode)
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.equals("READY")) {
                return new Started(process, output);
            }
            seen.add(line);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the stand-in application did not start:\n" + String.join("\n", seen));
    }

    /** A running stand-in and its output after {@code READY}. */
    record Started(Process process, BufferedReader output) {

        /** kill -9: no shutdown hook runs, so nothing stops the PostgreSQL it started. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
