package org.annalist.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Small JDBC helpers shared by the store's writers and queries. */
final class Sql {

    private Sql() {}

    /** A VARCHAR[] parameter; null elements are kept (a party without a code). */
    static Array varchars(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("VARCHAR", values.toArray());
    }
}
