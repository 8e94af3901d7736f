package org.annalist.dictionary;

/**
 * A word or phrase that gives an actor its sector.
 *
 * @param phrase lower-case phrase ("brigadier general", "armed forces", "troops")
 * @param sector PLOVER sector, or null when the word needs context ("official", "spokesman")
 * @param kind what the phrase heads: a person's title, an organisation, or a group of people
 * @param source "actors/sectors.tsv:42"
 */
public record SectorPhrase(String phrase, String sector, Kind kind, String source) {

    public enum Kind { TITLE, ORGANISATION, GROUP }
}
