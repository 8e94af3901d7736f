package org.annalist.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.article.Rejection;
import org.annalist.pipeline.CodedArticle;

/**
 * The DuckDB file holding coded articles. Owns its one connection: opened (and migrated to the
 * newest schema) by {@link #open}, closed by its owner. Not thread-safe: one thread writes, as
 * the batch runner hands outcomes to one consumer.
 */
public final class EventStore implements AutoCloseable {

    /** Tables whose row counts describe a store, in schema order. */
    public static final List<String> TABLES = List.of("articles", "entities", "mentions", "quotes", "events",
            "event_reports", "event_parties", "persons", "person_roles", "rejected_inputs");

    private final Path file;
    private final Connection connection;
    private final PreparedStatements statements;
    private final ArticleWriter writer;
    private final PersonNames names;

    private EventStore(Path file, Connection connection, StoreSettings settings) {
        this.file = file;
        this.connection = connection;
        NameRules rules = NameRules.bundled();
        this.names = new PersonNames(rules);
        MergeRule mergeRule = MergeRule.bundled(names);
        this.statements = new PreparedStatements(connection);
        this.writer = new ArticleWriter(statements, new EventReports(new ObjectMapper()),
                new ReportMerger(statements, mergeRule, settings), new PersonResolver(statements, names));
    }

    /** Opens (creating if needed) and migrates the store in {@code file}. */
    public static EventStore open(Path file, StoreSettings settings) {
        try {
            Path absolute = file.toAbsolutePath();
            if (absolute.getParent() != null) {
                java.nio.file.Files.createDirectories(absolute.getParent());
            }
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + absolute);
            try {
                useOneThread(connection);
                SchemaMigrations.migrate(connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return new EventStore(absolute, connection, settings);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs DuckDB's statements on the calling thread only. The write path runs thousands of
     * statements that each touch a few rows; handing each to DuckDB's worker threads cost more
     * than it gained (ingest wrote 24 articles/s with the default threads, 40 with one, on two
     * busy cores), and the queries of a store of 100,000 events stay in milliseconds.
     */
    private static void useOneThread(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET threads = 1");
        }
    }

    /** What {@link #store} did with an article. */
    public enum StoreResult {
        /** A new article id. */
        ADDED,
        /** An article id already stored with other content: its old codings were replaced. */
        REPLACED,
        /** The same content was already stored; nothing changed. */
        UNCHANGED,
        /** The same content was already stored and its codings were replaced by these ({@link #recode}). */
        RECODED
    }

    /** Stores one coded article in its own transaction; one already stored with the same content is left as it is. */
    public StoreResult store(CodedArticle article) {
        return write(article, false);
    }

    /**
     * Stores one coded article in its own transaction, replacing the codings of one already
     * stored with the same content: for re-coding a corpus after Annalist, its dictionaries or its
     * confidence weights changed.
     */
    public StoreResult recode(CodedArticle article) {
        return write(article, true);
    }

    private StoreResult write(CodedArticle article, boolean replaceUnchanged) {
        try {
            return StoreResult.valueOf(writer.write(article, replaceUnchanged).name());
        } catch (SQLException e) {
            throw new StoreException("cannot store article " + article.article().id() + ": " + e.getMessage(), e);
        }
    }

    /** Whether an article with this id and content hash is stored, so coding it again is useless. */
    public boolean contains(String articleId, String contentHash) {
        try {
            return contentHash.equals(writer.storedHash(articleId));
        } catch (SQLException e) {
            throw new StoreException("cannot read the store: " + e.getMessage(), e);
        }
    }

    /** Records a rejected input; a later rejection of the same input for the same reason replaces it. */
    public void reject(Rejection rejection) {
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rejected_inputs WHERE input = ? AND reason = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO rejected_inputs VALUES (?, ?, ?, ?, ?)")) {
                delete.setString(1, rejection.input());
                delete.setString(2, rejection.reason().name());
                delete.executeUpdate();
                insert.setString(1, rejection.input());
                insert.setString(2, rejection.reason().name());
                insert.setString(3, rejection.reason().category().name());
                insert.setString(4, rejection.detail());
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record rejection of " + rejection.input() + ": " + e.getMessage(), e);
        }
    }

    /** Row count per table, in {@link #TABLES} order. */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count rows: " + e.getMessage(), e);
        }
        return counts;
    }

    /** Ids of stored articles not yet committed to the search index. */
    public List<String> unindexedArticles() {
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT article_id FROM articles WHERE NOT indexed ORDER BY article_id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the store: " + e.getMessage(), e);
        }
        return ids;
    }

    /** Marks articles as committed to the search index. */
    public void markIndexed(List<String> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement("UPDATE articles SET indexed = true WHERE article_id = ?")) {
                for (String id : articleIds) {
                    statement.setString(1, id);
                    statement.addBatch();
                }
                statement.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot mark articles indexed: " + e.getMessage(), e);
        }
    }

    /** The connection, for the read-only queries and exports of this module. */
    public Connection connection() {
        return connection;
    }

    public PersonNames personNames() {
        return names;
    }

    public Path file() {
        return file;
    }

    /** The search index directory that belongs to this store: {@code annalist.lucene} beside {@code annalist.duckdb}. */
    public Path searchIndexDirectory() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".lucene");
    }

    @Override
    public void close() {
        try (connection) {
            statements.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store " + file + ": " + e.getMessage(), e);
        }
    }
}
