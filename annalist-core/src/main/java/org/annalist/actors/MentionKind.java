package org.annalist.actors;

/** How a mention refers to its entity; decides how much it can be trusted to carry a code. */
public enum MentionKind {
    /** A proper name: "Mohammad-Reza Ashtiani", "Ashtiani", "Azerbaijan". */
    NAME,
    /** A dictionary alias of a country or body: "the Islamic Republic", "the Kremlin". */
    ALIAS,
    /** A capital or seat of government standing for its country: "Tehran said". */
    METONYM,
    /** A nationality word: "Iranian", "Azeri". */
    DEMONYM,
    /** A descriptive noun phrase: "the Iranian official", "the minister". */
    NOMINAL,
    /** A personal or possessive pronoun: "he", "his", "she". */
    PRONOUN
}
