package org.unionaid.reporting.table;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Reads on a second connection that sees exactly what the calling transaction sees: the caller exports
 * its snapshot ({@code pg_export_snapshot}) and a REPEATABLE READ, read-only transaction on another
 * connection adopts it. A large report can then run two statements at once on two cores and still add
 * up figures of one and the same moment. The caller's transaction must itself be REPEATABLE READ (its
 * later statements keep the exported snapshot) and must have written nothing (another transaction
 * never sees uncommitted rows, snapshot or not).
 */
@Component
class SnapshotReader {

    private final DataSource dataSource;
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "snapshot-reader");
        thread.setDaemon(true);
        return thread;
    });

    SnapshotReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The snapshot of the current transaction, valid until it ends. */
    static String export(JdbcClient jdbc) {
        return jdbc.sql("select pg_export_snapshot()").query(String.class).single();
    }

    /** Starts {@code work} on another connection that sees the snapshot; join the result before the caller commits. */
    CompletableFuture<Void> start(String snapshot, Consumer<JdbcClient> work) {
        // The identifier is PostgreSQL's own (e.g. 00000003-0000001B-1); checked because SET takes no parameter.
        if (!snapshot.matches("[0-9A-F]+-[0-9A-F]+-[0-9]+")) {
            throw new IllegalArgumentException("not a snapshot identifier: " + snapshot);
        }
        return CompletableFuture.runAsync(() -> {
            try (Connection connection = dataSource.getConnection()) {
                boolean autoCommit = connection.getAutoCommit();
                int isolation = connection.getTransactionIsolation();
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("set transaction snapshot '" + snapshot + "'");
                    }
                    work.accept(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
                } finally {
                    // read only: nothing to keep; the pool gets the connection back as it lent it
                    connection.rollback();
                    connection.setTransactionIsolation(isolation);
                    connection.setAutoCommit(autoCommit);
                }
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, executor);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
