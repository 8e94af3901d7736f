package org.annalist.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.article.Article;
import org.annalist.events.Event;
import org.annalist.pipeline.AnnalistVersion;
import org.annalist.pipeline.CodedArticle;
import org.annalist.quotes.Quote;

/**
 * Writes one coded article and everything found in it, in one transaction: a run killed at any
 * moment leaves each article either fully stored or absent. A changed article (same id, other
 * content hash) has its old rows removed first, and the merged events and persons they touched
 * are recomputed from what remains. Statements are prepared once per writer
 * ({@link PreparedStatements}). No index serves the lookups: DuckDB 1.4 secondary (ART) indexes
 * can miss rows after the write-ahead log of a killed run is replayed (duckdb issue 23788), which
 * {@code KilledIngestTest} caught, so lookups scan (DuckDB scans 100,000 rows in about a millisecond).
 */
final class ArticleWriter {

    /** What storing an article did. */
    enum Result { ADDED, REPLACED, UNCHANGED, RECODED }

    private static final String[] ARTICLE_TABLES = {"articles", "entities", "mentions", "quotes", "event_reports", "event_parties", "person_roles"};

    private final PreparedStatements statements;
    private final Connection connection;
    private final EventReports reports;
    private final ReportMerger merger;
    private final PersonResolver persons;

    ArticleWriter(PreparedStatements statements, EventReports reports, ReportMerger merger, PersonResolver persons) {
        this.statements = statements;
        this.connection = statements.connection();
        this.reports = reports;
        this.merger = merger;
        this.persons = persons;
    }

    /** @param replaceUnchanged whether the codings of an article stored with the same content are replaced too */
    Result write(CodedArticle coded, boolean replaceUnchanged) throws SQLException {
        Article article = coded.article();
        String contentHash = ContentHash.of(article);
        connection.setAutoCommit(false);
        try {
            String stored = storedHash(article.id());
            boolean sameContent = contentHash.equals(stored);
            if (sameContent && !replaceUnchanged) {
                connection.rollback();
                return Result.UNCHANGED;
            }
            if (stored != null) {
                delete(article.id());
            }
            insertArticle(coded, contentHash);
            Map<String, Long> personIds = persons.resolve(article, coded.entities());
            insertEntities(article.id(), coded.entities(), personIds);
            insertQuotes(article.id(), coded.quotes(), personIds);
            for (Event event : coded.events()) {
                EventReport report = reports.from(event, article);
                Long existing = merger.existingEvent(report);
                if (existing == null) {
                    long eventId = merger.newEventId();
                    insertReport(article.id(), eventId, report);
                    merger.startEvent(eventId, report, article.id(), article.source());
                } else {
                    merger.addReport(existing, report, article.id(), article.source());
                    insertReport(article.id(), existing, report);
                }
            }
            PreparedStatement statement = statements.get("DELETE FROM rejected_inputs WHERE input = ? OR input = ?");
            statement.setString(1, article.origin());
            statement.setString(2, article.id() + " (" + article.origin() + ")");
            statement.executeUpdate();
            connection.commit();
            return stored == null ? Result.ADDED : sameContent ? Result.RECODED : Result.REPLACED;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            merger.forget();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    String storedHash(String articleId) throws SQLException {
        PreparedStatement statement = statements.get("SELECT content_hash FROM articles WHERE article_id = ?");
        statement.setString(1, articleId);
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private void delete(String articleId) throws SQLException {
        Set<Long> events = ids("SELECT DISTINCT event_id FROM event_reports WHERE article_id = ? AND event_id IS NOT NULL", articleId);
        Set<Long> people = ids("SELECT DISTINCT person_id FROM person_roles WHERE article_id = ?", articleId);
        for (String table : ARTICLE_TABLES) {
            PreparedStatement statement = statements.get("DELETE FROM " + table + " WHERE article_id = ?");
            statement.setString(1, articleId);
            statement.executeUpdate();
        }
        for (long eventId : events) {
            merger.refresh(eventId);
        }
        for (long personId : people) {
            persons.refresh(personId);
        }
    }

    private Set<Long> ids(String sql, String articleId) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        PreparedStatement statement = statements.get(sql);
        statement.setString(1, articleId);
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private void insertArticle(CodedArticle coded, String contentHash) throws SQLException {
        Article article = coded.article();
        PreparedStatement statement = statements.insert("articles");
        int i = 0;
        statement.setString(++i, article.id());
        statement.setString(++i, contentHash);
        statement.setString(++i, article.textHash());
        statement.setString(++i, article.source());
        statement.setString(++i, article.author());
        statement.setObject(++i, article.date() == null ? null : Date.valueOf(article.date()));
        statement.setString(++i, article.url());
        statement.setString(++i, article.title());
        statement.setString(++i, article.text());
        statement.setString(++i, article.origin());
        statement.setInt(++i, coded.sentenceCount());
        statement.setInt(++i, coded.tokenCount());
        statement.setArray(++i, Sql.varchars(connection, coded.warnings()));
        statement.setString(++i, AnnalistVersion.get());
        statement.setTimestamp(++i, Timestamp.from(Instant.now()));
        statement.setBoolean(++i, false);
        statement.executeUpdate();
    }

    private void insertEntities(String articleId, List<Entity> entities, Map<String, Long> personIds) throws SQLException {
        PreparedStatement entity = statements.insert("entities");
        PreparedStatement mention = statements.insert("mentions");
        for (Entity e : entities) {
            int i = 0;
            entity.setString(++i, articleId);
            entity.setString(++i, e.id());
            entity.setString(++i, e.name());
            entity.setString(++i, e.type());
            entity.setString(++i, e.code());
            entity.setString(++i, e.sector());
            entity.setString(++i, e.title());
            entity.setString(++i, e.codedBy());
            entity.setObject(++i, personIds.get(e.id()));
            entity.addBatch();
            for (Mention m : e.mentions()) {
                int j = 0;
                mention.setString(++j, articleId);
                mention.setString(++j, e.id());
                mention.setInt(++j, m.start());
                mention.setInt(++j, m.end());
                mention.setString(++j, m.text());
                mention.setInt(++j, m.sentenceIndex());
                mention.setString(++j, m.kind().name());
                mention.addBatch();
            }
        }
        entity.executeBatch();
        mention.executeBatch();
    }

    private void insertQuotes(String articleId, List<Quote> quotes, Map<String, Long> personIds) throws SQLException {
        PreparedStatement statement = statements.insert("quotes");
        for (Quote q : quotes) {
            int i = 0;
            statement.setString(++i, articleId);
            statement.setString(++i, q.id());
            statement.setString(++i, q.text());
            statement.setInt(++i, q.start());
            statement.setInt(++i, q.end());
            statement.setBoolean(++i, q.direct());
            statement.setString(++i, q.speaker());
            statement.setString(++i, q.speakerName());
            statement.setObject(++i, q.speaker() == null ? null : personIds.get(q.speaker()));
            statement.setString(++i, q.attribution());
            statement.addBatch();
        }
        statement.executeBatch();
    }

    private void insertReport(String articleId, long eventId, EventReport report) throws SQLException {
        PreparedStatement statement = statements.insert("event_reports");
        int i = 0;
        statement.setString(++i, articleId);
        statement.setString(++i, report.reportId());
        statement.setLong(++i, eventId);
        statement.setString(++i, merger.key(report));
        statement.setObject(++i, report.date() == null ? null : Date.valueOf(report.date()));
        i = ReportMerger.setDescription(connection, statement, i, report);
        statement.setInt(++i, report.sentenceIndex());
        statement.setString(++i, report.sentence());
        statement.setObject(++i, report.triggerStart());
        statement.setObject(++i, report.triggerEnd());
        statement.setString(++i, report.triggerText());
        statement.setString(++i, report.quoteId());
        statement.setString(++i, report.reportedBy());
        statement.setString(++i, report.rule());
        statement.setString(++i, report.provenance());
        statement.setObject(++i, report.confidence());
        statement.setString(++i, report.datePrecision().jsonName());
        statement.executeUpdate();
        PreparedStatement parties = statements.insert("event_parties");
        int position = 0;
        for (EventReport.Party party : report.parties()) {
            int p = 0;
            parties.setString(++p, articleId);
            parties.setString(++p, report.reportId());
            parties.setString(++p, party.role().name().toLowerCase(java.util.Locale.ROOT));
            parties.setInt(++p, position++);
            parties.setString(++p, party.entityId());
            parties.setString(++p, party.name());
            parties.setString(++p, party.code());
            parties.setString(++p, party.sector());
            parties.setObject(++p, party.start());
            parties.setObject(++p, party.end());
            parties.setString(++p, party.text());
            parties.addBatch();
        }
        parties.executeBatch();
    }
}
