package org.annalist.store.query;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stored articles: a filtered listing with the counts of what was coded in each, and one
 * article with its text and everything coded in it (entities, quotes with their speakers,
 * event reports with their trigger and party offsets), so a reader can check each record
 * against the words it came from.
 */
public final class ArticleQueries {

    /**
     * Which articles; every null criterion matches all.
     *
     * @param outlet the article's source, case-insensitive
     * @param from first publication date, inclusive
     * @param to last publication date, inclusive
     * @param title words in the title, case-insensitive
     */
    public record Filter(String outlet, LocalDate from, LocalDate to, String title) {}

    private static final String COUNTS = """
            SELECT a.article_id AS id, a.publication_date AS date, a.source, a.author, a.title, a.url,
                   a.sentence_count, a.token_count,
                   (SELECT count(*) FROM entities e WHERE e.article_id = a.article_id) AS entity_count,
                   (SELECT count(*) FROM quotes q WHERE q.article_id = a.article_id) AS quote_count,
                   (SELECT count(*) FROM event_reports r WHERE r.article_id = a.article_id) AS event_count,
                   a.stored_at
            FROM articles a""";

    private final Connection connection;

    public ArticleQueries(Connection connection) {
        this.connection = connection;
    }

    public Page find(Filter filter, int limit, int offset) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.outlet() != null) {
            clauses.add("lower(a.source) = lower(?)");
            parameters.add(filter.outlet());
        }
        if (filter.from() != null) {
            clauses.add("a.publication_date >= ?");
            parameters.add(java.sql.Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            clauses.add("a.publication_date <= ?");
            parameters.add(java.sql.Date.valueOf(filter.to()));
        }
        if (filter.title() != null) {
            clauses.add("a.title ILIKE ?");
            parameters.add("%" + filter.title() + "%");
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        return Page.of(connection, "SELECT count(*) FROM articles a" + where,
                COUNTS + where + " ORDER BY a.publication_date DESC NULLS LAST, a.article_id", parameters, limit, offset);
    }

    /** The article with its text, entities, quotes and event reports; empty when no such id is stored. */
    public Optional<Map<String, Object>> get(String articleId) {
        List<Map<String, Object>> rows = ResultRows.query(connection, COUNTS.replace("a.stored_at", "a.stored_at, a.origin, a.text")
                + " WHERE a.article_id = ?", List.of(articleId));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> article = new LinkedHashMap<>(rows.get(0));
        article.put("entities", ResultRows.query(connection, """
                SELECT entity_id AS id, name, type, code, sector, title, coded_by, person_id
                FROM entities WHERE article_id = ? ORDER BY entity_id""", List.of(articleId)));
        article.put("mentions", ResultRows.query(connection, """
                SELECT entity_id, start_offset, end_offset, text, sentence_index, kind
                FROM mentions WHERE article_id = ? ORDER BY start_offset""", List.of(articleId)));
        article.put("quotes", ResultRows.query(connection, """
                SELECT q.quote_id AS id, q.text, q.start_offset, q.end_offset, q.direct, q.speaker_entity,
                       q.speaker_name, q.speaker_person_id AS speaker_id, p.canonical_name AS speaker, q.attribution
                FROM quotes q LEFT JOIN persons p ON p.person_id = q.speaker_person_id
                WHERE q.article_id = ? ORDER BY q.start_offset""", List.of(articleId)));
        article.put("events", ResultRows.query(connection, """
                SELECT report_id, event_id, event_date AS date, date_precision, event, mode, cameo, sentence_index, text,
                       trigger_start, trigger_end, trigger_text, quote_id, rule, confidence,
                       actor, actor_code, recipient, recipient_code
                FROM event_reports WHERE article_id = ? ORDER BY sentence_index, report_id""", List.of(articleId)));
        return Optional.of(article);
    }
}
