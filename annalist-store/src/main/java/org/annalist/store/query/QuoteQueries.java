package org.annalist.store.query;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.annalist.store.PersonNames;

/**
 * {@code annalist quotes --speaker NAME}: quotes by a person under any spelling. The name is
 * reduced to its {@link PersonNames#key key}; a full name finds the person with that key, a
 * single word every person with that surname; the speaker name as written also matches.
 */
public final class QuoteQueries {

    private final Connection connection;
    private final PersonNames names;

    public QuoteQueries(Connection connection, PersonNames names) {
        this.connection = connection;
        this.names = names;
    }

    public List<Map<String, Object>> bySpeaker(String speaker, int limit) {
        String key = names.key(speaker);
        return ResultRows.query(connection, """
                SELECT a.publication_date AS date, a.source, q.article_id, q.quote_id,
                       coalesce(p.canonical_name, q.speaker_name) AS speaker, q.speaker_name AS written_as,
                       q.text, q.direct, q.attribution
                FROM quotes q
                JOIN articles a USING (article_id)
                LEFT JOIN persons p ON p.person_id = q.speaker_person_id
                WHERE p.name_key = ? OR (? NOT LIKE '% %' AND p.surname_key = ?) OR q.speaker_name ILIKE ?
                ORDER BY a.publication_date NULLS LAST, q.article_id, q.start_offset
                LIMIT ?""", List.of(key, key, key, "%" + speaker.strip() + "%", limit));
    }
}
