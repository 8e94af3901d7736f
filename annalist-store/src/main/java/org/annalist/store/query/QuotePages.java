package org.annalist.store.query;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.annalist.store.PersonNames;

/**
 * Quotes a page at a time, with the columns of {@code annalist quotes}: all of them, those of
 * a speaker under any spelling (the rule of {@link QuoteQueries}), of one person, or of one article.
 */
public final class QuotePages {

    /**
     * Which quotes; every null criterion matches all.
     *
     * @param speaker full name or surname, matched as {@code annalist quotes --speaker} does
     * @param personId the store's person id of the speaker
     * @param articleId the article the quotes are in
     */
    public record Filter(String speaker, Long personId, String articleId) {}

    private final Connection connection;
    private final PersonNames names;

    public QuotePages(Connection connection, PersonNames names) {
        this.connection = connection;
        this.names = names;
    }

    public Page find(Filter filter, int limit, int offset) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.speaker() != null) {
            String key = names.key(filter.speaker());
            clauses.add("(p.name_key = ? OR (? NOT LIKE '% %' AND p.surname_key = ?) OR q.speaker_name ILIKE ?)");
            parameters.addAll(List.of(key, key, key, "%" + filter.speaker().strip() + "%"));
        }
        if (filter.personId() != null) {
            clauses.add("q.speaker_person_id = ?");
            parameters.add(filter.personId());
        }
        if (filter.articleId() != null) {
            clauses.add("q.article_id = ?");
            parameters.add(filter.articleId());
        }
        String from = """
                FROM quotes q
                JOIN articles a USING (article_id)
                LEFT JOIN persons p ON p.person_id = q.speaker_person_id""" + (clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses));
        return Page.of(connection, "SELECT count(*) " + from, """
                SELECT a.publication_date AS date, a.source, q.article_id, q.quote_id,
                       coalesce(p.canonical_name, q.speaker_name) AS speaker, q.speaker_name AS written_as,
                       q.speaker_person_id AS speaker_id, q.text, q.direct, q.attribution
                """ + from + " ORDER BY a.publication_date NULLS LAST, q.article_id, q.start_offset", parameters, limit, offset);
    }
}
