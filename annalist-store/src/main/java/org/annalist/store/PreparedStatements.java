package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The prepared statements of one connection, each prepared on first use and kept until the
 * cache is closed. Preparing (parsing, binding, planning) costs DuckDB more than executing the
 * small statements of the write path, which runs thousands of times per ingest on one thread;
 * like the connection, a cache is used by one thread only.
 */
final class PreparedStatements implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    PreparedStatements(Connection connection) {
        this.connection = connection;
    }

    /** The statement for {@code sql}, prepared once; callers set every parameter before each use. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        return statement;
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement statement : prepared.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        prepared.clear();
        if (first != null) {
            throw first;
        }
    }
}
