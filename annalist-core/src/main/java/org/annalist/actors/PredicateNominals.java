package org.annalist.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.language.Sentence;

/**
 * A body word said of the subject is no actor of its own: "Senegal said it is not a party to the
 * conflict", "Hamas is a militant group", "the council was an advisory body". The parser hangs the
 * copula on the predicate noun; the phrase only classifies the subject (or denies it a role), so
 * an entity made of it ("a party", coded as a political party) named no one who could act or be
 * acted on. Only an indefinite group phrase with a copula: "the council is the country's highest
 * body" may be how a text names a body, and is left alone.
 */
final class PredicateNominals {

    private PredicateNominals() {}

    private static final Set<String> INDEFINITE = Set.of("a", "an");

    /** Removes the indefinite group phrases that are the predicate of a copula. */
    static void drop(Sentence sentence, List<ActorPhrase> phrases) {
        phrases.removeIf(phrase -> phrase.category() == Category.GROUP
                && INDEFINITE.contains(sentence.token(phrase.firstToken()).text().toLowerCase(Locale.ROOT))
                && sentence.dependentArcs(phrase.headToken()).stream().anyMatch(arc -> arc.relation().equals("cop")));
    }
}
