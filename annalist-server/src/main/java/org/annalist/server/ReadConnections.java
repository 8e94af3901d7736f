package org.annalist.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.duckdb.DuckDBConnection;

/**
 * A fixed set of connections to the store's database for read requests. A DuckDB connection
 * runs one statement at a time, so concurrent requests each borrow their own; all are
 * duplicates of the store's connection and see every committed write.
 */
final class ReadConnections implements AutoCloseable {

    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();

    ReadConnections(Connection storeConnection, int size) {
        this.idle = new ArrayBlockingQueue<>(size);
        try {
            DuckDBConnection duckdb = storeConnection.unwrap(DuckDBConnection.class);
            for (int i = 0; i < size; i++) {
                Connection connection = duckdb.duplicate();
                all.add(connection);
                idle.add(connection);
            }
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("cannot open read connections to the store: " + e.getMessage(), e);
        }
    }

    /** Runs {@code query} on a borrowed connection; waits up to 30 s for one to be free. */
    <T> T read(Function<Connection, T> query) {
        Connection connection;
        try {
            connection = idle.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted while waiting for the store");
        }
        if (connection == null) {
            throw new ApiException(503, "the store is busy: no read connection was free within 30 s");
        }
        try {
            return query.apply(connection);
        } finally {
            idle.add(connection);
        }
    }

    @Override
    public void close() {
        for (Connection connection : all) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing on shutdown: nothing left to do with a connection that will not close
            }
        }
    }
}
