package org.annalist.actors;

import java.util.HashSet;
import java.util.Set;
import org.annalist.dictionary.KnownPerson;
import org.annalist.dictionary.PersonDictionary;

/**
 * Codes a person the text gives no country or sector from {@code actors/persons.tsv}, the way a
 * reader knows that "President Volodymyr Zelenskyy" is Ukrainian without being told.
 *
 * <p>Precedence, strongest first: a row of the user's {@code --actors} file naming the person
 * (the caller does not ask this class then); the words around the person's own name — an
 * office with a nationality, an organisation in apposition ("Iranian-born Swedish minister X");
 * this dictionary; then a nationality nominal that resolves to the person ("the Ukrainian
 * leader") and the article's main country. The dictionary looks up the person's fullest name
 * in the article, or a listed alias, never one word of it, so "Rubio said" codes nobody unless
 * "Marco Rubio" came before it (the surname then joins that person anyway). A code or sector
 * the dictionary gave gives way to a text cue met at a later mention of the same person.
 * Holds the state of one article.
 */
final class KnownPersons {

    private final PersonDictionary dictionary;
    private final Set<EntityDraft> codedFromDictionary = new HashSet<>();
    private final Set<EntityDraft> sectorFromDictionary = new HashSet<>();

    KnownPersons(PersonDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Whether a name CoreNLP did not take for a person's is the full name of a listed person. */
    boolean isListed(String name) {
        return name.indexOf(' ') > 0 && dictionary.find(name).isPresent();
    }

    /**
     * Codes the person after the words around one of its names were read: a text cue replaces
     * what the dictionary gave at an earlier mention; what is still unknown comes from the row
     * of the person's fullest name, if there is one.
     */
    void code(EntityDraft person, PersonDescription description) {
        if (description.code() != null && codedFromDictionary.remove(person)) {
            person.code = description.code();
            person.codedBy = description.codedBy();
        }
        if (description.sector() != null && sectorFromDictionary.remove(person)) {
            person.sector = description.sector();
            person.sectorBy = description.sectorBy();
        }
        KnownPerson row = dictionary.find(person.name).orElse(null);
        if (row == null) {
            return;
        }
        String source = row.source() + " " + row.name() + " (" + row.role() + ")";
        if (person.code == null) {
            person.code(row.code(), source);
            codedFromDictionary.add(person);
        }
        if (person.sector == null) {
            person.sector(row.sector(), source);
            sectorFromDictionary.add(person);
        }
    }
}
