package org.annalist.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.annalist.actors.Entity;
import org.annalist.article.Article;

/**
 * Joins the PERSON entities of each article to persons known across the store.
 *
 * <p>The rule (docs/store.md, "Entity resolution"): a name of two or more words is the person
 * whose canonical {@link PersonNames#key key} is the same ("Farid Aliyef" = "Farid Aliyev");
 * a one-word name (a surname) is the person of this article with that surname, else the one
 * person in the store with that surname whose country does not contradict it; anything else
 * is a new person. Full names are resolved before surnames, so "Ashtiani" finds the
 * "Mohammad-Reza Ashtiani" of the same article. A person's variants, canonical name and
 * country/sector history are derived from its roles, so replacing an article updates them.
 */
final class PersonResolver {

    private static final String PERSON = "PERSON";

    private final Connection connection;
    private final PersonNames names;

    PersonResolver(Connection connection, PersonNames names) {
        this.connection = connection;
        this.names = names;
    }

    /** @return person id per entity id, for the article's PERSON entities */
    Map<String, Long> resolve(Article article, List<Entity> entities) throws SQLException {
        List<Entity> people = new ArrayList<>();
        for (Entity entity : entities) {
            if (PERSON.equals(entity.type()) && !names.key(entity.name()).isEmpty()) {
                people.add(entity);
            }
        }
        people.sort(Comparator.comparingInt((Entity entity) -> -wordCount(names.key(entity.name())))
                .thenComparing(Entity::id));
        Map<String, Long> resolved = new LinkedHashMap<>();
        Map<Long, String> keysInArticle = new LinkedHashMap<>();
        Set<Long> touched = new LinkedHashSet<>();
        for (Entity entity : people) {
            String key = names.key(entity.name());
            Long personId = wordCount(key) > 1 ? byFullKey(key) : bySurname(key, entity.code(), keysInArticle);
            if (personId == null) {
                personId = create(entity, key);
            }
            resolved.put(entity.id(), personId);
            keysInArticle.putIfAbsent(personId, key);
            addRole(personId, article, entity);
            touched.add(personId);
        }
        for (long personId : touched) {
            refresh(personId);
        }
        return resolved;
    }

    private Long byFullKey(String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT person_id FROM persons WHERE name_key = ? ORDER BY person_id LIMIT 1")) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private Long bySurname(String surname, String country, Map<Long, String> keysInArticle) throws SQLException {
        for (Map.Entry<Long, String> known : keysInArticle.entrySet()) {
            if (PersonNames.surnameOf(known.getValue()).equals(surname)) {
                return known.getKey();
            }
        }
        List<Long> candidates = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT p.person_id FROM persons p
                WHERE p.surname_key = ? AND p.name_key <> p.surname_key
                  AND (CAST(? AS VARCHAR) IS NULL
                       OR NOT EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.person_id AND r.country IS NOT NULL)
                       OR EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.person_id AND r.country = ?))
                ORDER BY p.person_id""")) {
            statement.setString(1, surname);
            statement.setString(2, country);
            statement.setString(3, country);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    candidates.add(rows.getLong(1));
                }
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        return candidates.isEmpty() ? byFullKey(surname) : null;
    }

    private long create(Entity entity, String key) throws SQLException {
        long personId;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT nextval('person_ids')")) {
            rows.next();
            personId = rows.getLong(1);
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO persons VALUES (?, ?, ?, ?, ?)")) {
            statement.setLong(1, personId);
            statement.setString(2, names.withoutTitles(entity.name()));
            statement.setString(3, key);
            statement.setString(4, PersonNames.surnameOf(key));
            statement.setArray(5, Sql.varchars(connection, List.of(names.withoutTitles(entity.name()))));
            statement.executeUpdate();
        }
        return personId;
    }

    private void addRole(long personId, Article article, Entity entity) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO person_roles VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            statement.setLong(1, personId);
            statement.setString(2, article.id());
            statement.setObject(3, article.date() == null ? null : Date.valueOf(article.date()));
            statement.setString(4, names.withoutTitles(entity.name()));
            statement.setString(5, entity.code());
            statement.setString(6, entity.sector());
            statement.setString(7, entity.title());
            statement.executeUpdate();
        }
    }

    /**
     * Recomputes a person from its roles: variants are the spellings seen, the canonical name
     * the one with most words (then the longest, then alphabetical). A person left without
     * roles is removed.
     */
    void refresh(long personId) throws SQLException {
        Set<String> variants = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT name FROM person_roles WHERE person_id = ?")) {
            statement.setLong(1, personId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    variants.add(rows.getString(1));
                }
            }
        }
        if (variants.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM persons WHERE person_id = ?")) {
                statement.setLong(1, personId);
                statement.executeUpdate();
            }
            return;
        }
        String canonical = variants.stream()
                .min(Comparator.comparingInt((String name) -> -wordCount(names.key(name)))
                        .thenComparingInt(name -> -name.length())
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
        String key = names.key(canonical);
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE persons SET canonical_name = ?, name_key = ?, surname_key = ?, variants = ? WHERE person_id = ?")) {
            statement.setString(1, canonical);
            statement.setString(2, key);
            statement.setString(3, PersonNames.surnameOf(key));
            statement.setArray(4, Sql.varchars(connection, List.copyOf(variants)));
            statement.setLong(5, personId);
            statement.executeUpdate();
        }
    }

    private static int wordCount(String key) {
        return Objects.requireNonNull(key).isEmpty() ? 0 : key.split(" ").length;
    }
}
