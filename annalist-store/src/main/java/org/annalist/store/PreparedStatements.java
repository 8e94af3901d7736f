package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
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
    private final Map<String, String> generated = new HashMap<>();

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

    /** {@code INSERT INTO table VALUES (...)} with every parameter cast to its column type ({@link Sql#insertInto}). */
    PreparedStatement insert(String table) throws SQLException {
        String sql = generated.get("insert " + table);
        if (sql == null) {
            sql = Sql.insertInto(connection, table);
            generated.put("insert " + table, sql);
        }
        return get(sql);
    }

    /** {@code UPDATE table SET column = CAST(? AS type), ... WHERE key = ?}, parameters in the order of {@code columns}, then the key. */
    PreparedStatement updateByKey(String table, String key, List<String> columns) throws SQLException {
        String name = "update " + table + " " + key + " " + columns;
        String sql = generated.get(name);
        if (sql == null) {
            sql = "UPDATE " + table + " SET " + Sql.castAssignments(connection, table, columns) + " WHERE " + key + " = ?";
            generated.put(name, sql);
        }
        return get(sql);
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
