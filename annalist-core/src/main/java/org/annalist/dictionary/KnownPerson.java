package org.annalist.dictionary;

import java.util.List;

/**
 * A well-known political person from {@code dictionaries/actors/persons.tsv}: who news names
 * without saying which country they belong to ("President Volodymyr Zelenskyy").
 *
 * @param name full name as news most often writes it
 * @param aliases other full spellings, and the few surnames distinctive enough to stand alone
 * @param code ISO alpha-3 country, or UNO, NATO, EUR, IGO, NGO, IMG for officials of international bodies
 * @param sector PLOVER sector (GOV, MIL, REB…)
 * @param role the office that makes the person news, free text for the reader
 * @param source "actors/persons.tsv:123", for provenance
 */
public record KnownPerson(String name, List<String> aliases, String code, String sector, String role, String source) {

    public KnownPerson {
        aliases = List.copyOf(aliases);
    }
}
