package org.annalist.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.CountryName;
import org.annalist.dictionary.KnownActor;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;

/**
 * The entity drafts of one article while the actors stage reads it: bodies, countries, places
 * and groups by key (one draft per key, in the order first met), the persons named so far
 * ({@link PersonRoster}), and which person draft each person-name phrase became.
 *
 * <p>Why a class of its own: every reader of the stage (names, persons, groups, nominals,
 * pronouns) adds mentions to the same drafts, and the key scheme ("country:IRN",
 * "known:actors/…", "place:…", "group:…", "name:TYPE:…") must be one, or the same referent
 * would become two entities. Contract: {@link #draft} returns the one draft of a key, creating it
 * on first use; {@link #add} records a phrase's character span as a mention of a draft. Not
 * thread-safe: one instance per article, read in order.
 */
final class ArticleDrafts {

    private final AnnotatedDocument document;
    private final String text;
    private final Map<String, EntityDraft> byKey = new LinkedHashMap<>();
    private final PersonRoster persons;
    private final Map<ActorPhrase, EntityDraft> owners = new HashMap<>();

    ArticleDrafts(AnnotatedDocument document, KnownPersons knownPersons) {
        this.document = document;
        this.text = document.text();
        this.persons = new PersonRoster(document, knownPersons);
    }

    AnnotatedDocument document() {
        return document;
    }

    String text() {
        return text;
    }

    /** The persons named so far. */
    PersonRoster persons() {
        return persons;
    }

    /** Every draft that is not a person: bodies, countries, places and groups, in the order first met. */
    Collection<EntityDraft> bodies() {
        return byKey.values();
    }

    /** Every draft so far: bodies, countries, places and groups, then persons. */
    List<EntityDraft> allDrafts() {
        List<EntityDraft> all = new ArrayList<>(byKey.values());
        all.addAll(persons.all());
        return all;
    }

    /** Remembers that a person-name phrase names the person. */
    void own(ActorPhrase phrase, EntityDraft person) {
        owners.put(phrase, person);
    }

    /** The person a person-name phrase was read as, or null. */
    EntityDraft ownerOf(ActorPhrase phrase) {
        return owners.get(phrase);
    }

    boolean owns(ActorPhrase phrase) {
        return owners.containsKey(phrase);
    }

    /** The one draft of a key, created with the type and name on first use. */
    EntityDraft draft(String key, String type, String name) {
        return byKey.computeIfAbsent(key, k -> new EntityDraft(type, name));
    }

    /** The draft of a country, coded from the country name the first time. */
    EntityDraft country(CountryName country) {
        EntityDraft draft = draft("country:" + country.code(), "COUNTRY", country.country());
        if (draft.code == null) {
            draft.code(country.code(), country.source() + " " + country.form().name().toLowerCase(Locale.ROOT) + " " + country.country());
        }
        return draft;
    }

    /** The draft a dictionary body's name, or a name no dictionary knows, belongs to. */
    EntityDraft bodyNamed(ActorPhrase phrase) {
        KnownActor known = phrase.known();
        if (phrase.category() == Category.KNOWN_BODY) {
            EntityDraft draft = draft("known:" + known.source(), "ORGANIZATION", known.name());
            draft.code(known.code(), known.source() + " " + known.name());
            draft.sector(known.sector(), known.source() + " " + known.name());
            return draft;
        }
        String type = namedType(phrase);
        String name = strippedText(phrase);
        return draft("name:" + type + ":" + name.toLowerCase(Locale.ROOT), type, name);
    }

    /** The phrase's words as a mention of the draft, of the kind given. */
    void add(EntityDraft draft, Sentence sentence, ActorPhrase phrase, MentionKind kind) {
        int start = sentence.token(phrase.firstToken()).start();
        int end = sentence.token(phrase.endToken() - 1).end();
        draft.mention(new Mention(start, end, text.substring(start, end), sentence.index(), kind));
    }

    String strippedText(ActorPhrase phrase) {
        return phrase.strippedText(document);
    }

    /** The entity type of a name no dictionary knows: an organisation, a country, or else a location. */
    static String namedType(ActorPhrase phrase) {
        return switch (phrase.namedType()) {
            case "ORGANIZATION" -> "ORGANIZATION";
            case "COUNTRY" -> "COUNTRY";
            default -> "LOCATION";
        };
    }
}
