package org.annalist.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings a database to the newest schema by applying the numbered SQL files
 * {@code /annalist/store/migrations/V001__*.sql}, {@code V002__*.sql}... that it has not had
 * yet, each in its own transaction, recording each in {@code schema_version}. Migrations only
 * go forward; a database newer than this program is refused rather than guessed at.
 */
final class SchemaMigrations {

    static final String FOLDER = "/annalist/store/migrations/";
    /** The migration files, in order; a new migration is added here and as a file. */
    static final String[] FILES = {"V001__initial.sql", "V002__event_confidence.sql", "V003__date_precision.sql"};

    private SchemaMigrations() {}

    static int latestVersion() {
        return FILES.length;
    }

    /** @return the schema version after migrating */
    static int migrate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int current = currentVersion(connection);
        if (current > FILES.length) {
            throw new StoreException("the store has schema version " + current + " but this Annalist knows only up to "
                    + FILES.length + "; use a newer Annalist");
        }
        for (int version = current + 1; version <= FILES.length; version++) {
            String name = FILES[version - 1];
            String sql = read(name);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
                statement.execute("INSERT INTO schema_version VALUES (" + version + ", '" + name + "', current_timestamp)");
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new StoreException("migration " + name + " failed: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        return FILES.length;
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String read(String name) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new StoreException("migration " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + name, e);
        }
    }
}
