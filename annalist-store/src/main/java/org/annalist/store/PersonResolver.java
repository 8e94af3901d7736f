package org.annalist.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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

    private final PreparedStatements statements;
    private final Connection connection;
    private final PersonNames names;

    PersonResolver(PreparedStatements statements, PersonNames names) {
        this.statements = statements;
        this.connection = statements.connection();
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
        for (Entity entity : people) {
            String key = names.key(entity.name());
            Long personId = wordCount(key) > 1 ? byFullKey(key) : bySurname(key, entity.code(), keysInArticle);
            if (personId == null) {
                personId = create(entity, key);
            }
            resolved.put(entity.id(), personId);
            keysInArticle.putIfAbsent(personId, key);
            addRole(personId, article, entity);
            addVariant(personId, names.withoutTitles(entity.name()));
        }
        return resolved;
    }

    private Long byFullKey(String key) throws SQLException {
        PreparedStatement statement = statements.get(
                "SELECT person_id FROM persons WHERE name_key = ? ORDER BY person_id LIMIT 1");
        statement.setString(1, key);
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : null;
        }
    }

    private Long bySurname(String surname, String country, Map<Long, String> keysInArticle) throws SQLException {
        for (Map.Entry<Long, String> known : keysInArticle.entrySet()) {
            if (PersonNames.surnameOf(known.getValue()).equals(surname)) {
                return known.getKey();
            }
        }
        List<Long> candidates = new ArrayList<>();
        PreparedStatement statement = statements.get(
                "SELECT person_id FROM persons WHERE surname_key = ? AND name_key <> surname_key ORDER BY person_id");
        statement.setString(1, surname);
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                candidates.add(rows.getLong(1));
            }
        }
        if (country != null) {
            List<Long> compatible = new ArrayList<>();
            for (long candidate : candidates) {
                if (!hasRole(candidate, "country IS NOT NULL", null) || hasRole(candidate, "country = ?", country)) {
                    compatible.add(candidate);
                }
            }
            candidates = compatible;
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        return candidates.isEmpty() ? byFullKey(surname) : null;
    }

    /** Whether one of the person's roles meets {@code condition} (with {@code value} as its parameter, if any). */
    private boolean hasRole(long personId, String condition, String value) throws SQLException {
        PreparedStatement statement = statements.get("SELECT 1 FROM person_roles WHERE person_id = ? AND " + condition + " LIMIT 1");
        statement.setLong(1, personId);
        if (value != null) {
            statement.setString(2, value);
        }
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next();
        }
    }

    private long create(Entity entity, String key) throws SQLException {
        long personId;
        try (ResultSet rows = statements.get("SELECT nextval('person_ids')").executeQuery()) {
            rows.next();
            personId = rows.getLong(1);
        }
        PreparedStatement statement = statements.insert("persons");
        statement.setLong(1, personId);
        statement.setString(2, names.withoutTitles(entity.name()));
        statement.setString(3, key);
        statement.setString(4, PersonNames.surnameOf(key));
        statement.setArray(5, Sql.varchars(connection, List.of(names.withoutTitles(entity.name()))));
        statement.executeUpdate();
        return personId;
    }

    private void addRole(long personId, Article article, Entity entity) throws SQLException {
        PreparedStatement statement = statements.insert("person_roles");
        statement.setLong(1, personId);
        statement.setString(2, article.id());
        statement.setObject(3, article.date() == null ? null : Date.valueOf(article.date()));
        statement.setString(4, names.withoutTitles(entity.name()));
        statement.setString(5, entity.code());
        statement.setString(6, entity.sector());
        statement.setString(7, entity.title());
        statement.executeUpdate();
    }

    /**
     * Adds a spelling from a role just added to the person's variants, reading only the
     * person's row: the same result as {@link #refresh}, which would read all its roles (a
     * much-quoted person has one per article).
     */
    private void addVariant(long personId, String spelling) throws SQLException {
        Set<String> variants = new TreeSet<>();
        PreparedStatement statement = statements.get("SELECT variants FROM persons WHERE person_id = ?");
        statement.setLong(1, personId);
        try (ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("person " + personId + " has no row");
            }
            for (Object variant : (Object[]) rows.getArray(1).getArray()) {
                variants.add(variant.toString());
            }
        }
        if (variants.add(spelling)) {
            update(personId, variants);
        }
    }

    /**
     * Recomputes a person from its roles: variants are the spellings seen, the canonical name
     * the one with most words (then the longest, then alphabetical). A person left without
     * roles is removed.
     */
    void refresh(long personId) throws SQLException {
        Set<String> variants = new TreeSet<>();
        PreparedStatement statement = statements.get("SELECT DISTINCT name FROM person_roles WHERE person_id = ?");
        statement.setLong(1, personId);
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                variants.add(rows.getString(1));
            }
        }
        if (variants.isEmpty()) {
            PreparedStatement delete = statements.get("DELETE FROM persons WHERE person_id = ?");
            delete.setLong(1, personId);
            delete.executeUpdate();
            return;
        }
        update(personId, variants);
    }

    private void update(long personId, Set<String> variants) throws SQLException {
        String canonical = variants.stream()
                .min(Comparator.comparingInt((String name) -> -wordCount(names.key(name)))
                        .thenComparingInt(name -> -name.length())
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
        String key = names.key(canonical);
        PreparedStatement statement = statements.updateByKey("persons", "person_id",
                List.of("canonical_name", "name_key", "surname_key", "variants"));
        statement.setString(1, canonical);
        statement.setString(2, key);
        statement.setString(3, PersonNames.surnameOf(key));
        statement.setArray(4, Sql.varchars(connection, List.copyOf(variants)));
        statement.setLong(5, personId);
        statement.executeUpdate();
    }

    private static int wordCount(String key) {
        return Objects.requireNonNull(key).isEmpty() ? 0 : key.split(" ").length;
    }
}
