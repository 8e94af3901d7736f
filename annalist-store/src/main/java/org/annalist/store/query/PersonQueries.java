package org.annalist.store.query;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.store.PersonNames;

/**
 * The store's persons: people resolved across articles (docs/store.md, "Entity resolution"),
 * with their spellings, the countries, sectors and titles the articles give them, their quotes
 * and the events they take part in.
 */
public final class PersonQueries {

    /**
     * Which persons; every null criterion matches all.
     *
     * @param name a full name or surname, matched by its name key under any spelling, or part of a spelling
     * @param country a country code some article gives the person
     */
    public record Filter(String name, String country) {}

    private static final String SUMMARY = """
            SELECT p.person_id AS id, p.canonical_name AS name, p.variants,
                   (SELECT list(DISTINCT r.country ORDER BY r.country) FILTER (WHERE r.country IS NOT NULL)
                      FROM person_roles r WHERE r.person_id = p.person_id) AS countries,
                   (SELECT list(DISTINCT r.sector ORDER BY r.sector) FILTER (WHERE r.sector IS NOT NULL)
                      FROM person_roles r WHERE r.person_id = p.person_id) AS sectors,
                   (SELECT list(DISTINCT r.title ORDER BY r.title) FILTER (WHERE r.title IS NOT NULL)
                      FROM person_roles r WHERE r.person_id = p.person_id) AS titles,
                   (SELECT count(DISTINCT r.article_id) FROM person_roles r WHERE r.person_id = p.person_id) AS article_count,
                   (SELECT count(*) FROM quotes q WHERE q.speaker_person_id = p.person_id) AS quote_count
            FROM persons p""";

    /** Most events returned with one person; the events listing pages through the rest. */
    public static final int EVENTS_SHOWN = 200;

    private final Connection connection;
    private final PersonNames names;

    public PersonQueries(Connection connection, PersonNames names) {
        this.connection = connection;
        this.names = names;
    }

    public Page find(Filter filter, int limit, int offset) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.name() != null) {
            String key = names.key(filter.name());
            clauses.add("(p.name_key = ? OR (? NOT LIKE '% %' AND p.surname_key = ?)"
                    + " OR len(list_filter(p.variants, variant -> variant ILIKE ?)) > 0)");
            parameters.addAll(List.of(key, key, key, "%" + filter.name().strip() + "%"));
        }
        if (filter.country() != null) {
            clauses.add("EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.person_id AND r.country = ?)");
            parameters.add(filter.country().toUpperCase(java.util.Locale.ROOT));
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        return Page.of(connection, "SELECT count(*) FROM persons p" + where, SUMMARY + where + " ORDER BY p.canonical_name, p.person_id",
                parameters, limit, offset);
    }

    /** The person with their roles per article and the merged events they take part in (newest {@link #EVENTS_SHOWN}). */
    public Optional<Map<String, Object>> get(long personId) {
        List<Map<String, Object>> rows = ResultRows.query(connection, SUMMARY + " WHERE p.person_id = ?", List.of(personId));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> person = new LinkedHashMap<>(rows.get(0));
        person.put("roles", ResultRows.query(connection, """
                SELECT article_id, publication_date AS date, name, country, sector, title
                FROM person_roles WHERE person_id = ? ORDER BY publication_date NULLS LAST, article_id""", List.of(personId)));
        person.put("events", ResultRows.query(connection, EventColumns.SELECT + """
                 WHERE event_id IN (SELECT r.event_id
                    FROM event_parties ep
                    JOIN entities e ON e.article_id = ep.article_id AND e.entity_id = ep.entity_id
                    JOIN event_reports r ON r.article_id = ep.article_id AND r.report_id = ep.report_id
                    WHERE e.person_id = ?)
                ORDER BY event_date DESC NULLS LAST, event_id LIMIT ?""", List.of(personId, EVENTS_SHOWN)));
        return Optional.of(person);
    }
}
