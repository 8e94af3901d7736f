package org.annalist.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers shared by the store's writers and queries. */
final class Sql {

    private Sql() {}

    /** A VARCHAR[] parameter; null elements are kept (a party without a code). */
    static Array varchars(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("VARCHAR", values.toArray());
    }

    /**
     * {@code INSERT INTO table VALUES (CAST(? AS type), ...)} with one parameter per column, each
     * cast to its column's type. Without the casts DuckDB types a parameter by its value, so a
     * null date, an empty list or a null number after a non-null one changes the statement's
     * parameter types and DuckDB plans the prepared statement again on every such execution.
     */
    static String insertInto(Connection connection, String table) throws SQLException {
        List<String> values = new ArrayList<>();
        for (String[] column : columns(connection, table)) {
            values.add("CAST(? AS " + column[1] + ")");
        }
        return "INSERT INTO " + table + " VALUES (" + String.join(", ", values) + ")";
    }

    /** {@code column = CAST(? AS type), ...} for the named columns of {@code table}, in the order given. */
    static String castAssignments(Connection connection, String table, List<String> names) throws SQLException {
        List<String> assignments = new ArrayList<>();
        List<String[]> columns = columns(connection, table);
        for (String name : names) {
            String type = columns.stream().filter(column -> column[0].equals(name)).map(column -> column[1]).findFirst()
                    .orElseThrow(() -> new SQLException("no column " + name + " in " + table));
            assignments.add(name + " = CAST(? AS " + type + ")");
        }
        return String.join(", ", assignments);
    }

    /** Name and type of each column of {@code table}, in table order. */
    private static List<String[]> columns(Connection connection, String table) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        if (columns.isEmpty()) {
            throw new SQLException("no table " + table);
        }
        return columns;
    }
}
